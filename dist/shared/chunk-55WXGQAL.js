import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as S0,b as I0,d as M0,e as b0,g as Ae,h as $0}from"./chunk-YDXJVMUS.js";import{C as E0,D as U,Da as Ne,E as Sr,F as Fr,G as T0,H as R0,I as O0,J as P0,Ja as X0,Ka as V0,La as Q0,N as F0,Na as Y0,O as L0,P as C0,Z as k0,_ as At,b as Se,ba as D0,d as ar,f as h0,g as It,ga as Ie,h as K,j as Yr,ka as G0,m as Zr,pa as H0,ta as Jr,ua as U0,v as A0,va as W0,w as N0,x as _0,y as w0,ya as B0}from"./chunk-3RKFTX6Y.js";import{b as u,c as y0}from"./chunk-XTI4HEAM.js";var vn=u((HE,un)=>{"use strict";var B5=typeof Object.defineProperty=="function"?Object.defineProperty:null;un.exports=B5});var fn=u(($E,cn)=>{"use strict";var X5=vn();function V5(){try{return X5({},"x",{}),!0}catch{return!1}}cn.exports=V5});var pn=u((UE,ln)=>{"use strict";var Q5=Object.defineProperty;ln.exports=Q5});var Tt=u((WE,mn)=>{"use strict";function Y5(r){return typeof r=="number"}mn.exports=Y5});var Rt=u((BE,gn)=>{"use strict";function Z5(r){return r[0]==="-"}function dn(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function J5(r,e,t){var i=!1,n=e-r.length;return n<0||(Z5(r)&&(i=!0,r=r.substr(1)),r=t?r+dn(n):dn(n)+r,i&&(r="-"+r)),r}gn.exports=J5});var Sn=u((XE,hn)=>{"use strict";var K5=Tt(),qn=Rt(),j5=String.prototype.toLowerCase,yn=String.prototype.toUpperCase;function z5(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!K5(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=qn(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=qn(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===yn.call(r.specifier)?yn.call(t):j5.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}hn.exports=z5});var An=u((VE,In)=>{"use strict";function x5(r){return typeof r=="string"}In.exports=x5});var wn=u((QE,_n)=>{"use strict";var r7=Math.abs,e7=String.prototype.toLowerCase,Nn=String.prototype.toUpperCase,Ir=String.prototype.replace,t7=/e\+(\d)$/,i7=/e-(\d)$/,n7=/^(\d+)$/,s7=/^(\d+)e/,a7=/\.0$/,o7=/\.0*e/,u7=/(\..*[^0])0*e/;function v7(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":r7(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=Ir.call(i,u7,"$1e"),i=Ir.call(i,o7,"e"),i=Ir.call(i,a7,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=Ir.call(i,t7,"e+0$1"),i=Ir.call(i,i7,"e-0$1"),e.alternate&&(i=Ir.call(i,n7,"$1."),i=Ir.call(i,s7,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===Nn.call(e.specifier)?Nn.call(i):e7.call(i),i}_n.exports=v7});var Rn=u((YE,Tn)=>{"use strict";function En(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function c7(r,e,t){var i=e-r.length;return i<0||(r=t?r+En(i):En(i)+r),r}Tn.exports=c7});var Pn=u((ZE,On)=>{"use strict";var f7=Sn(),l7=An(),p7=Tt(),m7=wn(),d7=Rn(),g7=Rt(),q7=String.fromCharCode,y7=Array.isArray;function Pe(r){return r!==r}function h7(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function S7(r){var e,t,i,n,s,a,o,v,f,c;if(!y7(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(a="",o=1,f=0;f<r.length;f++)if(i=r[f],l7(i))a+=i;else{if(e=i.precision!==void 0,i=h7(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+f+"`. Value: `"+i+"`.");for(i.mapping&&(o=i.mapping),t=i.flags,c=0;c<t.length;c++)switch(n=t.charAt(c),n){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+n)}if(i.width==="*"){if(i.width=parseInt(arguments[o],10),o+=1,Pe(i.width))throw new TypeError("the argument for * width at position "+o+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[o],10),o+=1,Pe(i.precision))throw new TypeError("the argument for * precision at position "+o+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[o],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=f7(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!Pe(i.arg)){if(s=parseInt(i.arg,10),s<0||s>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=Pe(s)?String(i.arg):q7(s)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!p7(i.arg))throw new Error("invalid floating-point number. Value: "+a);v=i.arg,i.padZeros=!1}i.arg=m7(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=g7(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=d7(i.arg,i.width,i.padRight)),a+=i.arg||"",o+=1}return a}On.exports=S7});var Ln=u((JE,Fn)=>{"use strict";var I7=Pn();Fn.exports=I7});var kn=u((KE,Cn)=>{"use strict";var Fe=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function A7(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function N7(r){var e,t,i,n;for(t=[],n=0,i=Fe.exec(r);i;)e=r.slice(n,Fe.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(A7(i)),n=Fe.lastIndex,i=Fe.exec(r);return e=r.slice(n),e.length&&t.push(e),t}Cn.exports=N7});var Gn=u((jE,Dn)=>{"use strict";var _7=kn();Dn.exports=_7});var bn=u((zE,Mn)=>{"use strict";function w7(r){return typeof r=="string"}Mn.exports=w7});var Un=u((xE,$n)=>{"use strict";var E7=Ln(),T7=Gn(),R7=bn();function Hn(r){var e,t;if(!R7(r))throw new TypeError(Hn("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[T7(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return E7.apply(null,e)}$n.exports=Hn});var Bn=u((rT,Wn)=>{"use strict";var O7=Un();Wn.exports=O7});var Jn=u((eT,Zn)=>{"use strict";var Xn=Bn(),Cr=Object.prototype,Vn=Cr.toString,Qn=Cr.__defineGetter__,Yn=Cr.__defineSetter__,P7=Cr.__lookupGetter__,F7=Cr.__lookupSetter__;function L7(r,e,t){var i,n,s,a;if(typeof r!="object"||r===null||Vn.call(r)==="[object Array]")throw new TypeError(Xn("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||Vn.call(t)==="[object Array]")throw new TypeError(Xn("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(n="value"in t,n&&(P7.call(r,e)||F7.call(r,e)?(i=r.__proto__,r.__proto__=Cr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),s="get"in t,a="set"in t,n&&(s||a))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return s&&Qn&&Qn.call(r,e,t.get),a&&Yn&&Yn.call(r,e,t.set),r}Zn.exports=L7});var jn=u((tT,Kn)=>{"use strict";var C7=fn(),k7=pn(),D7=Jn(),Ot;C7()?Ot=k7:Ot=D7;Kn.exports=Ot});var xn=u((iT,zn)=>{"use strict";var G7=jn();function M7(r,e,t){G7(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}zn.exports=M7});var ur=u((nT,rs)=>{"use strict";var b7=xn();rs.exports=b7});var ts=u((sT,es)=>{"use strict";var H7=Math.floor;es.exports=H7});var O=u((aT,is)=>{"use strict";var $7=ts();is.exports=$7});var ss=u((oT,ns)=>{"use strict";var U7=O();function W7(r){return U7(r)===r&&r>=0}ns.exports=W7});var Ar=u((uT,as)=>{"use strict";var B7=ss();as.exports=B7});var us=u((vT,os)=>{"use strict";function X7(r){return r!==r}os.exports=X7});var I=u((cT,vs)=>{"use strict";var V7=us();vs.exports=V7});var fs=u((fT,cs)=>{"use strict";function Q7(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}cs.exports=Q7});var ps=u((lT,ls)=>{"use strict";var Y7=fs();ls.exports=Y7});var ds=u((pT,ms)=>{"use strict";var Z7=ps(),J7=Z7();function K7(){return J7&&typeof Symbol.toStringTag=="symbol"}ms.exports=K7});var qs=u((mT,gs)=>{"use strict";var j7=ds();gs.exports=j7});var Pt=u((dT,ys)=>{"use strict";var z7=Object.prototype.toString;ys.exports=z7});var Ss=u((gT,hs)=>{"use strict";var x7=Pt();function r9(r){return x7.call(r)}hs.exports=r9});var As=u((qT,Is)=>{"use strict";var e9=Object.prototype.hasOwnProperty;function t9(r,e){return r==null?!1:e9.call(r,e)}Is.exports=t9});var _s=u((yT,Ns)=>{"use strict";var i9=As();Ns.exports=i9});var Es=u((hT,ws)=>{"use strict";var n9=typeof Symbol=="function"?Symbol:void 0;ws.exports=n9});var Rs=u((ST,Ts)=>{"use strict";var s9=Es();Ts.exports=s9});var Fs=u((IT,Ps)=>{"use strict";var Os=Rs(),a9=typeof Os=="function"?Os.toStringTag:"";Ps.exports=a9});var Cs=u((AT,Ls)=>{"use strict";var o9=_s(),zr=Fs(),Ft=Pt();function u9(r){var e,t,i;if(r==null)return Ft.call(r);t=r[zr],e=o9(r,zr);try{r[zr]=void 0}catch{return Ft.call(r)}return i=Ft.call(r),e?r[zr]=t:delete r[zr],i}Ls.exports=u9});var xr=u((NT,ks)=>{"use strict";var v9=qs(),c9=Ss(),f9=Cs(),Lt;v9()?Lt=f9:Lt=c9;ks.exports=Lt});var Gs=u((_T,Ds)=>{"use strict";var l9=xr(),p9=typeof Uint32Array=="function";function m9(r){return p9&&r instanceof Uint32Array||l9(r)==="[object Uint32Array]"}Ds.exports=m9});var bs=u((wT,Ms)=>{"use strict";var d9=Gs();Ms.exports=d9});var $s=u((ET,Hs)=>{"use strict";var g9=4294967295;Hs.exports=g9});var Ws=u((TT,Us)=>{"use strict";var q9=typeof Uint32Array=="function"?Uint32Array:null;Us.exports=q9});var Vs=u((RT,Xs)=>{"use strict";var y9=bs(),Ct=$s(),Bs=Ws();function h9(){var r,e;if(typeof Bs!="function")return!1;try{e=[1,3.14,-3.14,Ct+1,Ct+2],e=new Bs(e),r=y9(e)&&e[0]===1&&e[1]===3&&e[2]===Ct-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Xs.exports=h9});var Ys=u((OT,Qs)=>{"use strict";var S9=Vs();Qs.exports=S9});var Js=u((PT,Zs)=>{"use strict";var I9=typeof Uint32Array=="function"?Uint32Array:void 0;Zs.exports=I9});var js=u((FT,Ks)=>{"use strict";function A9(){throw new Error("not implemented")}Ks.exports=A9});var Nr=u((LT,zs)=>{"use strict";var N9=Ys(),_9=Js(),w9=js(),kt;N9()?kt=_9:kt=w9;zs.exports=kt});var ra=u((CT,xs)=>{"use strict";var E9=xr(),T9=typeof Float64Array=="function";function R9(r){return T9&&r instanceof Float64Array||E9(r)==="[object Float64Array]"}xs.exports=R9});var ta=u((kT,ea)=>{"use strict";var O9=ra();ea.exports=O9});var na=u((DT,ia)=>{"use strict";var P9=typeof Float64Array=="function"?Float64Array:null;ia.exports=P9});var oa=u((GT,aa)=>{"use strict";var F9=ta(),sa=na();function L9(){var r,e;if(typeof sa!="function")return!1;try{e=new sa([1,3.14,-3.14,NaN]),r=F9(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}aa.exports=L9});var va=u((MT,ua)=>{"use strict";var C9=oa();ua.exports=C9});var fa=u((bT,ca)=>{"use strict";var k9=typeof Float64Array=="function"?Float64Array:void 0;ca.exports=k9});var pa=u((HT,la)=>{"use strict";function D9(){throw new Error("not implemented")}la.exports=D9});var j=u(($T,ma)=>{"use strict";var G9=va(),M9=fa(),b9=pa(),Dt;G9()?Dt=M9:Dt=b9;ma.exports=Dt});var ga=u((UT,da)=>{"use strict";var H9=xr(),$9=typeof Uint8Array=="function";function U9(r){return $9&&r instanceof Uint8Array||H9(r)==="[object Uint8Array]"}da.exports=U9});var ya=u((WT,qa)=>{"use strict";var W9=ga();qa.exports=W9});var Sa=u((BT,ha)=>{"use strict";var B9=255;ha.exports=B9});var Aa=u((XT,Ia)=>{"use strict";var X9=typeof Uint8Array=="function"?Uint8Array:null;Ia.exports=X9});var wa=u((VT,_a)=>{"use strict";var V9=ya(),Gt=Sa(),Na=Aa();function Q9(){var r,e;if(typeof Na!="function")return!1;try{e=[1,3.14,-3.14,Gt+1,Gt+2],e=new Na(e),r=V9(e)&&e[0]===1&&e[1]===3&&e[2]===Gt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}_a.exports=Q9});var Ta=u((QT,Ea)=>{"use strict";var Y9=wa();Ea.exports=Y9});var Oa=u((YT,Ra)=>{"use strict";var Z9=typeof Uint8Array=="function"?Uint8Array:void 0;Ra.exports=Z9});var Fa=u((ZT,Pa)=>{"use strict";function J9(){throw new Error("not implemented")}Pa.exports=J9});var Ca=u((JT,La)=>{"use strict";var K9=Ta(),j9=Oa(),z9=Fa(),Mt;K9()?Mt=j9:Mt=z9;La.exports=Mt});var Da=u((KT,ka)=>{"use strict";var x9=xr(),r8=typeof Uint16Array=="function";function e8(r){return r8&&r instanceof Uint16Array||x9(r)==="[object Uint16Array]"}ka.exports=e8});var Ma=u((jT,Ga)=>{"use strict";var t8=Da();Ga.exports=t8});var Ha=u((zT,ba)=>{"use strict";var i8=65535;ba.exports=i8});var Ua=u((xT,$a)=>{"use strict";var n8=typeof Uint16Array=="function"?Uint16Array:null;$a.exports=n8});var Xa=u((rR,Ba)=>{"use strict";var s8=Ma(),bt=Ha(),Wa=Ua();function a8(){var r,e;if(typeof Wa!="function")return!1;try{e=[1,3.14,-3.14,bt+1,bt+2],e=new Wa(e),r=s8(e)&&e[0]===1&&e[1]===3&&e[2]===bt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Ba.exports=a8});var Qa=u((eR,Va)=>{"use strict";var o8=Xa();Va.exports=o8});var Za=u((tR,Ya)=>{"use strict";var u8=typeof Uint16Array=="function"?Uint16Array:void 0;Ya.exports=u8});var Ka=u((iR,Ja)=>{"use strict";function v8(){throw new Error("not implemented")}Ja.exports=v8});var za=u((nR,ja)=>{"use strict";var c8=Qa(),f8=Za(),l8=Ka(),Ht;c8()?Ht=f8:Ht=l8;ja.exports=Ht});var ro=u((sR,xa)=>{"use strict";var p8=Ca(),m8=za(),d8={uint16:m8,uint8:p8};xa.exports=d8});var no=u((aR,io)=>{"use strict";var eo=ro(),to;function g8(){var r,e;return r=new eo.uint16(1),r[0]=4660,e=new eo.uint8(r.buffer),e[0]===52}to=g8();io.exports=to});var _r=u((oR,so)=>{"use strict";var q8=no();so.exports=q8});var oo=u((uR,ao)=>{"use strict";var y8=_r(),$t;y8===!0?$t=1:$t=0;ao.exports=$t});var co=u((vR,vo)=>{"use strict";var h8=Nr(),S8=j(),I8=oo(),uo=new S8(1),A8=new h8(uo.buffer);function N8(r){return uo[0]=r,A8[I8]}vo.exports=N8});var C=u((cR,fo)=>{"use strict";var _8=co();fo.exports=_8});var po=u((fR,lo)=>{"use strict";var w8=_r(),Ut;w8===!0?Ut=1:Ut=0;lo.exports=Ut});var go=u((lR,mo)=>{"use strict";var E8=Nr(),T8=j(),R8=po(),Wt=new T8(1),O8=new E8(Wt.buffer);function P8(r,e){return Wt[0]=r,O8[R8]=e>>>0,Wt[0]}mo.exports=P8});var kr=u((pR,qo)=>{"use strict";var F8=go();qo.exports=F8});var So=u((mR,ho)=>{"use strict";var L8=_r(),yo,Bt,Xt;L8===!0?(Bt=1,Xt=0):(Bt=0,Xt=1);yo={HIGH:Bt,LOW:Xt};ho.exports=yo});var wo=u((dR,_o)=>{"use strict";var C8=Nr(),k8=j(),Ao=So(),No=new k8(1),Io=new C8(No.buffer),D8=Ao.HIGH,G8=Ao.LOW;function M8(r,e){return Io[D8]=r,Io[G8]=e,No[0]}_o.exports=M8});var re=u((gR,Eo)=>{"use strict";var b8=wo();Eo.exports=b8});var A=u((qR,To)=>{"use strict";var H8=Number.POSITIVE_INFINITY;To.exports=H8});var Oo=u((yR,Ro)=>{"use strict";Ro.exports=Number});var Fo=u((hR,Po)=>{"use strict";var $8=Oo();Po.exports=$8});var P=u((SR,Lo)=>{"use strict";var U8=Fo(),W8=U8.NEGATIVE_INFINITY;Lo.exports=W8});var vr=u((IR,Co)=>{"use strict";var B8=1023;Co.exports=B8});var Do=u((AR,ko)=>{"use strict";var X8=.34657359027997264;ko.exports=X8});var Mo=u((NR,Go)=>{"use strict";function V8(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}Go.exports=V8});var Bo=u((_R,Wo)=>{"use strict";var Q8=I(),bo=C(),Vt=kr(),Y8=re(),Ho=A(),Z8=P(),$o=vr(),J8=Do(),K8=Mo(),j8=709.782712893384,Qt=.6931471803691238,Yt=19082149292705877e-26,Uo=1.4426950408889634,z8=38.816242111356935,x8=1.0397207708399179;function rp(r){var e,t,i,n,s,a,o,v,f,c,l,m,p;if(r===Ho||Q8(r))return r;if(r===Z8)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=z8){if(i)return-1;if(v>=j8)return Ho}if(a=bo(v)|0,v>J8)v<x8?i?(n=r+Qt,s=-Yt,p=-1):(n=r-Qt,s=Yt,p=1):(i?p=Uo*r-.5:p=Uo*r+.5,p|=0,l=p,n=r-l*Qt,s=l*Yt),r=n-s,c=n-r-s;else{if(a<1016070144)return r;p=0}return e=.5*r,f=r*e,o=1+f*K8(f),l=3-o*e,m=f*((o-l)/(6-r*l)),p===0?r-(r*m-f):(t=Y8($o+p<<20,0),m=r*(m-c)-c,m-=f,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(n=bo(v)+(p<<20)|0,v=Vt(v,n)):v*=t,v-1):(l=1,p<20?(n=1072693248-(2097152>>p)|0,l=Vt(l,n),v=l-(m-r)):(n=$o-p<<20|0,l=Vt(l,n),v=r-(m+l),v+=1),v*=t,v))}Wo.exports=rp});var ee=u((wR,Xo)=>{"use strict";var ep=Bo();Xo.exports=ep});var Qo=u((ER,Vo)=>{"use strict";function tp(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}Vo.exports=tp});var jo=u((TR,Ko)=>{"use strict";var ip=I(),Yo=C(),Zo=kr(),np=A(),sp=P(),Jo=vr(),ap=Qo(),Zt=.6931471803691238,Jt=19082149292705877e-26,op=.41421356237309503,up=-.2928932188134525,vp=1862645149230957e-24,cp=5551115123125783e-32,fp=9007199254740992,lp=.6666666666666666;function pp(r){var e,t,i,n,s,a,o,v,f,c;if(r<-1||ip(r))return NaN;if(r===-1)return sp;if(r===np||r===0)return r;if(r<0?i=-r:i=r,c=1,i<op){if(i<vp)return i<cp?r:r-r*r*.5;r>up&&(c=0,n=r,t=1)}return c!==0&&(i<fp?(f=1+r,t=Yo(f),c=(t>>20)-Jo,c>0?s=1-(f-r):s=r-(f-1),s/=f):(f=r,t=Yo(f),c=(t>>20)-Jo,s=0),t&=1048575,t<434334?f=Zo(f,t|1072693248):(c+=1,f=Zo(f,t|1071644672),t=1048576-t>>2),n=f-1),e=.5*n*n,t===0?n===0?(s+=c*Jt,c*Zt+s):(v=e*(1-lp*n),c*Zt-(v-(c*Jt+s)-n)):(a=n/(2+n),o=a*a,v=o*ap(o),c===0?n-(e-a*(e+v)):c*Zt-(e-(a*(e+v)+(c*Jt+s))-n))}Ko.exports=pp});var z=u((RR,zo)=>{"use strict";var mp=jo();zo.exports=mp});var ru=u((OR,xo)=>{"use strict";var dp=Math.sqrt;xo.exports=dp});var H=u((PR,eu)=>{"use strict";var gp=ru();eu.exports=gp});var iu=u((FR,tu)=>{"use strict";var qp=.7853981633974483;tu.exports=qp});var su=u((LR,nu)=>{"use strict";function yp(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}nu.exports=yp});var ou=u((CR,au)=>{"use strict";function hp(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}au.exports=hp});var cu=u((kR,vu)=>{"use strict";var Sp=I(),Ip=H(),uu=iu(),Ap=su(),Np=ou(),_p=6123233995736766e-32;function wp(r){var e,t,i,n,s;if(Sp(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,n=t*Np(t),t=Ip(t+t),s=uu-t,t=t*n-_p,s-=t,s+=uu;else{if(i<1e-8)return r;t=i*i,s=t*Ap(t),s=i*s+i}return e?-s:s}vu.exports=wp});var lu=u((DR,fu)=>{"use strict";var Ep=cu();fu.exports=Ep});var mu=u((GR,pu)=>{"use strict";function Tp(r){return Math.abs(r)}pu.exports=Tp});var N=u((MR,du)=>{"use strict";var Rp=mu();du.exports=Rp});var qu=u((bR,gu)=>{"use strict";var Op=Math.ceil;gu.exports=Op});var hu=u((HR,yu)=>{"use strict";var Pp=qu();yu.exports=Pp});var Iu=u(($R,Su)=>{"use strict";var Fp=O(),Lp=hu();function Cp(r){return r<0?Lp(r):Fp(r)}Su.exports=Cp});var Dr=u((UR,Au)=>{"use strict";var kp=Iu();Au.exports=kp});var _u=u((WR,Nu)=>{"use strict";var Dp=1023;Nu.exports=Dp});var Eu=u((BR,wu)=>{"use strict";var Gp=-1023;wu.exports=Gp});var Ru=u((XR,Tu)=>{"use strict";var Mp=-1074;Tu.exports=Mp});var Pu=u((VR,Ou)=>{"use strict";var bp=A(),Hp=P();function $p(r){return r===bp||r===Hp}Ou.exports=$p});var wr=u((QR,Fu)=>{"use strict";var Up=Pu();Fu.exports=Up});var Cu=u((YR,Lu)=>{"use strict";var Wp=2147483648;Lu.exports=Wp});var cr=u((ZR,ku)=>{"use strict";var Bp=2147483647;ku.exports=Bp});var Mu=u((JR,Gu)=>{"use strict";var Xp=_r(),Du,Kt,jt;Xp===!0?(Kt=1,jt=0):(Kt=0,jt=1);Du={HIGH:Kt,LOW:jt};Gu.exports=Du});var zt=u((KR,Uu)=>{"use strict";var Vp=Nr(),Qp=j(),Hu=Mu(),$u=new Qp(1),bu=new Vp($u.buffer),Yp=Hu.HIGH,Zp=Hu.LOW;function Jp(r,e,t,i){return $u[0]=r,e[i]=bu[Yp],e[i+t]=bu[Zp],e}Uu.exports=Jp});var Bu=u((jR,Wu)=>{"use strict";var Kp=zt();function jp(r){return Kp(r,[0,0],1,0)}Wu.exports=jp});var Le=u((zR,Vu)=>{"use strict";var zp=ur(),Xu=Bu(),xp=zt();zp(Xu,"assign",xp);Vu.exports=Xu});var Yu=u((xR,Qu)=>{"use strict";var rm=Cu(),em=cr(),tm=Le(),im=C(),nm=re(),xt=[0,0];function sm(r,e){var t,i;return tm.assign(r,xt,1,0),t=xt[0],t&=em,i=im(e),i&=rm,t|=i,nm(t,xt[1])}Qu.exports=sm});var Ce=u((rO,Zu)=>{"use strict";var am=Yu();Zu.exports=am});var Gr=u((eO,Ju)=>{"use strict";var om=22250738585072014e-324;Ju.exports=om});var ri=u((tO,Ku)=>{"use strict";var um=Gr(),vm=wr(),cm=I(),fm=N(),lm=4503599627370496;function pm(r,e,t,i){return cm(r)||vm(r)?(e[i]=r,e[i+t]=0,e):r!==0&&fm(r)<um?(e[i]=r*lm,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}Ku.exports=pm});var zu=u((iO,ju)=>{"use strict";var mm=ri();function dm(r){return mm(r,[0,0],1,0)}ju.exports=dm});var e1=u((nO,r1)=>{"use strict";var gm=ur(),xu=zu(),qm=ri();gm(xu,"assign",qm);r1.exports=xu});var te=u((sO,t1)=>{"use strict";var ym=2146435072;t1.exports=ym});var n1=u((aO,i1)=>{"use strict";var hm=C(),Sm=te(),Im=vr();function Am(r){var e=hm(r);return e=(e&Sm)>>>20,e-Im|0}i1.exports=Am});var a1=u((oO,s1)=>{"use strict";var Nm=n1();s1.exports=Nm});var u1=u((uO,o1)=>{"use strict";var _m=A(),wm=P(),Em=vr(),Tm=_u(),Rm=Eu(),Om=Ru(),Pm=I(),Fm=wr(),Lm=Ce(),Cm=e1().assign,km=a1(),Dm=Le(),Gm=re(),Mm=2220446049250313e-31,bm=2148532223,ei=[0,0],ti=[0,0];function Hm(r,e){var t,i;return e===0||r===0||Pm(r)||Fm(r)?r:(Cm(r,ei,1,0),r=ei[0],e+=ei[1],e+=km(r),e<Om?Lm(0,r):e>Tm?r<0?wm:_m:(e<=Rm?(e+=52,i=Mm):i=1,Dm.assign(r,ti,1,0),t=ti[0],t&=bm,t|=e+Em<<20,i*Gm(t,ti[1])))}o1.exports=Hm});var ke=u((vO,v1)=>{"use strict";var $m=u1();v1.exports=$m});var f1=u((cO,c1)=>{"use strict";function Um(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}c1.exports=Um});var p1=u((fO,l1)=>{"use strict";var Wm=ke(),Bm=f1();function Xm(r,e,t){var i,n,s,a;return i=r-e,n=i*i,s=i-n*Bm(n),a=1-(e-i*s/(2-s)-r),Wm(a,t)}l1.exports=Xm});var h1=u((lO,y1)=>{"use strict";var Vm=I(),m1=Dr(),Qm=P(),d1=A(),Ym=p1(),Zm=.6931471803691238,Jm=19082149292705877e-26,g1=1.4426950408889634,Km=709.782712893384,jm=-745.1332191019411,q1=1/(1<<28),zm=-q1;function xm(r){var e,t,i;return Vm(r)||r===d1?r:r===Qm?0:r>Km?d1:r<jm?0:r>zm&&r<q1?1+r:(r<0?i=m1(g1*r-.5):i=m1(g1*r+.5),e=r-i*Zm,t=i*Jm,Ym(e,t,i))}y1.exports=xm});var E=u((pO,S1)=>{"use strict";var rd=h1();S1.exports=rd});var A1=u((mO,I1)=>{"use strict";var ed=O();function td(r){return ed(r)===r}I1.exports=td});var Er=u((dO,N1)=>{"use strict";var id=A1();N1.exports=id});var w1=u((gO,_1)=>{"use strict";var nd=Er();function sd(r){return nd(r/2)}_1.exports=sd});var T1=u((qO,E1)=>{"use strict";var ad=w1();E1.exports=ad});var P1=u((yO,O1)=>{"use strict";var R1=T1();function od(r){return r>0?R1(r-1):R1(r+1)}O1.exports=od});var De=u((hO,F1)=>{"use strict";var ud=P1();F1.exports=ud});var C1=u((SO,L1)=>{"use strict";var vd=_r(),ii;vd===!0?ii=0:ii=1;L1.exports=ii});var D1=u((IO,k1)=>{"use strict";var cd=Nr(),fd=j(),ld=C1(),ni=new fd(1),pd=new cd(ni.buffer);function md(r,e){return ni[0]=r,pd[ld]=e>>>0,ni[0]}k1.exports=md});var Mr=u((AO,G1)=>{"use strict";var dd=D1();G1.exports=dd});var b1=u((NO,M1)=>{"use strict";function gd(r){return r|0}M1.exports=gd});var si=u((_O,H1)=>{"use strict";var qd=b1();H1.exports=qd});var W1=u((wO,U1)=>{"use strict";var $1=De(),yd=Ce(),hd=P(),Ge=A();function Sd(r,e){return e===hd?Ge:e===Ge?0:e>0?$1(e)?r:0:$1(e)?yd(Ge,r):Ge}U1.exports=Sd});var X1=u((EO,B1)=>{"use strict";var Id=cr(),Ad=C(),Nd=1072693247,Me=1e300,be=1e-300;function _d(r,e){var t,i;return i=Ad(r),t=i&Id,t<=Nd?e<0?Me*Me:be*be:e>0?Me*Me:be*be}B1.exports=_d});var Y1=u((TO,Q1)=>{"use strict";var wd=N(),V1=A();function Ed(r,e){return r===-1?(r-r)/(r-r):r===1?1:wd(r)<1==(e===V1)?0:V1}Q1.exports=Ed});var ai=u((RO,Z1)=>{"use strict";var Td=20;Z1.exports=Td});var K1=u((OO,J1)=>{"use strict";function Rd(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}J1.exports=Rd});var r2=u((PO,x1)=>{"use strict";var Od=C(),He=Mr(),j1=kr(),Pd=vr(),Fd=ai(),Ld=K1(),Cd=1048575,z1=1048576,kd=1072693248,Dd=536870912,Gd=524288,Md=9007199254740992,bd=.9617966939259756,Hd=.9617967009544373,$d=-7028461650952758e-24,Ud=[1,1.5],Wd=[0,.5849624872207642],Bd=[0,1350039202129749e-23];function Xd(r,e,t){var i,n,s,a,o,v,f,c,l,m,p,q,d,h,g,S,y,k,_,M,b,L;return M=0,t<z1&&(e*=Md,M-=53,t=Od(e)),M+=(t>>Fd)-Pd|0,b=t&Cd|0,t=b|kd|0,b<=235662?L=0:b<767610?L=1:(L=0,M+=1,t-=z1),e=j1(e,t),c=Ud[L],k=e-c,_=1/(e+c),n=k*_,a=He(n,0),i=(t>>1|Dd)+Gd,i+=L<<18,v=j1(0,i),f=e-(v-c),o=_*(k-a*v-a*f),s=n*n,y=s*s*Ld(s),y+=o*(a+n),s=a*a,v=3+s+y,v=He(v,0),f=y-(v-3-s),k=a*v,_=o*v+f*n,m=k+_,m=He(m,0),p=_-(m-k),q=Hd*m,d=$d*m+p*bd+Bd[L],l=Wd[L],S=M,h=q+d+l+S,h=He(h,0),g=d-(h-S-l-q),r[0]=h,r[1]=g,r}x1.exports=Xd});var t2=u((FO,e2)=>{"use strict";function Vd(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}e2.exports=Vd});var n2=u((LO,i2)=>{"use strict";var Qd=Mr(),Yd=t2(),Zd=1.4426950408889634,Jd=1.4426950216293335,Kd=19259629911266175e-24;function jd(r,e){var t,i,n,s,a,o;return n=e-1,s=n*n*Yd(n),a=Jd*n,o=n*Kd-s*Zd,i=a+o,i=Qd(i,0),t=o-(i-a),r[0]=i,r[1]=t,r}i2.exports=jd});var a2=u((CO,s2)=>{"use strict";var zd=.6931471805599453;s2.exports=zd});var oi=u((kO,o2)=>{"use strict";var xd=1048575;o2.exports=xd});var v2=u((DO,u2)=>{"use strict";function rg(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}u2.exports=rg});var g2=u((GO,d2)=>{"use strict";var eg=C(),c2=kr(),tg=Mr(),ig=si(),ng=ke(),sg=a2(),f2=vr(),l2=cr(),p2=oi(),ie=ai(),ag=v2(),m2=1048576,og=1071644672,ug=.6931471824645996,vg=-1904654299957768e-24;function cg(r,e,t){var i,n,s,a,o,v,f,c,l,m,p;return m=r&l2|0,p=(m>>ie)-f2|0,l=0,m>og&&(l=r+(m2>>p+1)>>>0,p=((l&l2)>>ie)-f2|0,i=(l&~(p2>>p))>>>0,s=c2(0,i),l=(l&p2|m2)>>ie-p>>>0,r<0&&(l=-l),e-=s),s=t+e,s=tg(s,0),o=s*ug,v=(t-(s-e))*sg+s*vg,c=o+v,f=v-(c-o),s=c*c,n=c-s*ag(s),a=c*n/(n-2)-(f+c*f),c=1-(a-c),r=eg(c),r=ig(r),r+=l<<ie>>>0,r>>ie<=0?c=ng(c,l):c=c2(c,r),c}d2.exports=cg});var T2=u((MO,E2)=>{"use strict";var q2=I(),y2=De(),h2=wr(),fg=Er(),S2=H(),lg=N(),ui=Le(),pg=Mr(),I2=si(),mg=P(),dg=A(),vi=cr(),gg=W1(),qg=X1(),yg=Y1(),hg=r2(),Sg=n2(),Ig=g2(),Ag=1072693247,Ng=1105199104,_g=1139802112,A2=1083179008,wg=1072693248,Eg=1083231232,Tg=3230714880,N2=31,fr=1e300,lr=1e-300,Rg=8008566259537294e-32,x=[0,0],_2=[0,0];function w2(r,e){var t,i,n,s,a,o,v,f,c,l,m,p,q,d,h,g;if(q2(r)||q2(e))return NaN;if(ui.assign(e,x,1,0),o=x[0],v=x[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return S2(r);if(e===-.5)return 1/S2(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(h2(e))return yg(r,e)}if(ui.assign(r,x,1,0),s=x[0],a=x[1],a===0){if(s===0)return gg(r,e);if(r===1)return 1;if(r===-1&&y2(e))return-1;if(h2(r))return r===mg?w2(-0,-e):e<0?0:dg}if(r<0&&fg(e)===!1)return(r-r)/(r-r);if(n=lg(r),t=s&vi|0,i=o&vi|0,f=s>>>N2|0,c=o>>>N2|0,f&&y2(e)?f=-1:f=1,i>Ng){if(i>_g)return qg(r,e);if(t<Ag)return c===1?f*fr*fr:f*lr*lr;if(t>wg)return c===0?f*fr*fr:f*lr*lr;q=Sg(_2,n)}else q=hg(_2,n,t);if(l=pg(e,0),p=(e-l)*q[0]+e*q[1],m=l*q[0],d=p+m,ui.assign(d,x,1,0),h=I2(x[0]),g=I2(x[1]),h>=A2){if((h-A2|g)!==0||p+Rg>d-m)return f*fr*fr}else if((h&vi)>=Eg&&((h-Tg|g)!==0||p<=d-m))return f*lr*lr;return d=Ig(h,m,p),f*d}E2.exports=w2});var R=u((bO,R2)=>{"use strict";var Og=T2();R2.exports=Og});var Tr=u((HO,O2)=>{"use strict";var Pg=2.718281828459045;O2.exports=Pg});var W=u(($O,P2)=>{"use strict";var Fg=2220446049250313e-31;P2.exports=Fg});var L2=u((UO,F2)=>{"use strict";function Lg(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}F2.exports=Lg});var D2=u((WO,k2)=>{"use strict";var C2=I(),Cg=z(),kg=H(),Dg=N(),Gg=E(),ci=R(),Mg=Tr(),fi=W(),li=L2(),pi=10.900511;function bg(r,e){var t,i,n,s,a,o,v;return C2(r)||C2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<fi?(a=v/r,a/=e,a):v===r&&e<fi?1/e:v===e&&r<fi?1/r:(r<e&&(o=e,e=r,r=o),i=r+pi-.5,n=e+pi-.5,s=v+pi-.5,a=li(r)*(li(e)/li(v)),t=r-.5-e,Dg(e*t)<s*100&&r>100?a*=Gg(t*Cg(-e/s)):a*=ci(i/s,t),s>1e10?a*=ci(i/s*(n/s),e):a*=ci(i*n/(s*s),e),a*=kg(Mg/n),a))}k2.exports=bg});var M2=u((BO,G2)=>{"use strict";var Hg=D2();G2.exports=Hg});var H2=u((XO,b2)=>{"use strict";var $g=A();function Ug(r){return r===0&&1/r===$g}b2.exports=Ug});var U2=u((VO,$2)=>{"use strict";var Wg=H2();$2.exports=Wg});var X2=u((QO,B2)=>{"use strict";var Bg=U2(),W2=I(),mi=A();function Xg(r,e){return W2(r)||W2(e)?NaN:r===mi||e===mi?mi:r===e&&r===0?Bg(r)?r:e:r>e?r:e}B2.exports=Xg});var rr=u((YO,V2)=>{"use strict";var Vg=X2();V2.exports=Vg});var Y2=u((ZO,Q2)=>{"use strict";var Qg=P();function Yg(r){return r===0&&1/r===Qg}Q2.exports=Yg});var di=u((JO,Z2)=>{"use strict";var Zg=Y2();Z2.exports=Zg});var j2=u((KO,K2)=>{"use strict";var Jg=di(),J2=I(),gi=P();function Kg(r,e){return J2(r)||J2(e)?NaN:r===gi||e===gi?gi:r===e&&r===0?Jg(r)?r:e:r<e?r:e}K2.exports=Kg});var B=u((jO,z2)=>{"use strict";var jg=j2();z2.exports=jg});var $e=u((zO,x2)=>{"use strict";var zg=17976931348623157e292;x2.exports=zg});var qi=u((xO,rv)=>{"use strict";var xg=2147483647;rv.exports=xg});var tv=u((rP,ev)=>{"use strict";var rq=1.5707963267948966;ev.exports=rq});var br=u((eP,iv)=>{"use strict";var eq=3.141592653589793;iv.exports=eq});var sv=u((tP,nv)=>{"use strict";function tq(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}nv.exports=tq});var ov=u((iP,av)=>{"use strict";function iq(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}av.exports=iq});var vv=u((nP,uv)=>{"use strict";var nq=sv(),sq=ov();function aq(r,e){var t,i,n,s;return s=r*r,n=s*s,i=s*nq(s),i+=n*n*sq(s),t=.5*s,n=1-t,n+(1-n-t+(s*i-r*e))}uv.exports=aq});var yi=u((sP,cv)=>{"use strict";var oq=vv();cv.exports=oq});var pv=u((aP,lv)=>{"use strict";var fv=-.16666666666666632,uq=.00833333333332249,vq=-.0001984126982985795,cq=27557313707070068e-22,fq=-25050760253406863e-24,lq=158969099521155e-24;function pq(r,e){var t,i,n,s;return s=r*r,n=s*s,t=uq+s*(vq+s*cq)+s*n*(fq+s*lq),i=s*r,e===0?r+i*(fv+s*t):r-(s*(.5*e-i*t)-e-i*fv)}lv.exports=pq});var hi=u((oP,mv)=>{"use strict";var mq=pv();mv.exports=mq});var gv=u((uP,dv)=>{"use strict";var dq=_r(),Si;dq===!0?Si=0:Si=1;dv.exports=Si});var hv=u((vP,yv)=>{"use strict";var gq=Nr(),qq=j(),yq=gv(),qv=new qq(1),hq=new gq(qv.buffer);function Sq(r){return qv[0]=r,hq[yq]}yv.exports=Sq});var Iv=u((cP,Sv)=>{"use strict";var Iq=hv();Sv.exports=Iq});var Nv=u((fP,Av)=>{"use strict";function Aq(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}Av.exports=Aq});var wv=u((lP,_v)=>{"use strict";var Nq=Nv();_v.exports=Nq});var Tv=u((pP,Ev)=>{"use strict";var _q=wv();function wq(r){return _q(0,r)}Ev.exports=wq});var Ov=u((mP,Rv)=>{"use strict";var Eq=Tv();Rv.exports=Eq});var kv=u((dP,Cv)=>{"use strict";var Tq=O(),Ue=ke(),Xe=Ov(),Fv=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],Rq=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],Ii=16777216,Ai=5960464477539063e-23,We=Xe(20),Pv=Xe(20),Be=Xe(20),T=Xe(20);function Lv(r,e,t,i,n,s,a,o,v){var f,c,l,m,p,q,d,h,g;for(m=s,g=i[t],h=t,p=0;h>0;p++)c=Ai*g|0,T[p]=g-Ii*c|0,g=i[h-1]+c,h-=1;if(g=Ue(g,n),g-=8*Tq(g*.125),d=g|0,g-=d,l=0,n>0?(p=T[t-1]>>24-n,d+=p,T[t-1]-=p<<24-n,l=T[t-1]>>23-n):n===0?l=T[t-1]>>23:g>=.5&&(l=2),l>0){for(d+=1,f=0,p=0;p<t;p++)h=T[p],f===0?h!==0&&(f=1,T[p]=16777216-h):T[p]=16777215-h;if(n>0)switch(n){case 1:T[t-1]&=8388607;break;case 2:T[t-1]&=4194303;break}l===2&&(g=1-g,f!==0&&(g-=Ue(1,n)))}if(g===0){for(h=0,p=t-1;p>=s;p--)h|=T[p];if(h===0){for(q=1;T[s-q]===0;q++);for(p=t+1;p<=t+q;p++){for(v[o+p]=Fv[a+p],c=0,h=0;h<=o;h++)c+=r[h]*v[o+(p-h)];i[p]=c}return t+=q,Lv(r,e,t,i,n,s,a,o,v)}for(t-=1,n-=24;T[t]===0;)t-=1,n-=24}else g=Ue(g,-n),g>=Ii?(c=Ai*g|0,T[t]=g-Ii*c|0,t+=1,n+=24,T[t]=c):T[t]=g|0;for(c=Ue(1,n),p=t;p>=0;p--)i[p]=c*T[p],c*=Ai;for(p=t;p>=0;p--){for(c=0,q=0;q<=m&&q<=t-p;q++)c+=Rq[q]*i[p+q];Be[t-p]=c}for(c=0,p=t;p>=0;p--)c+=Be[p];for(l===0?e[0]=c:e[0]=-c,c=Be[0]-c,p=1;p<=t;p++)c+=Be[p];return l===0?e[1]=c:e[1]=-c,d&7}function Oq(r,e,t,i){var n,s,a,o,v,f,c,l,m;for(s=4,o=i-1,a=(t-3)/24|0,a<0&&(a=0),f=t-24*(a+1),l=a-o,m=o+s,c=0;c<=m;c++)l<0?We[c]=0:We[c]=Fv[l],l+=1;for(c=0;c<=s;c++){for(n=0,l=0;l<=o;l++)n+=r[l]*We[o+(c-l)];Pv[c]=n}return v=s,Lv(r,e,v,Pv,f,s,a,o,We)}Cv.exports=Oq});var Gv=u((gP,Dv)=>{"use strict";var Pq=Math.round;Dv.exports=Pq});var bv=u((qP,Mv)=>{"use strict";var Fq=Gv();Mv.exports=Fq});var Wv=u((yP,Uv)=>{"use strict";var Lq=bv(),Hv=C(),Cq=.6366197723675814,kq=1.5707963267341256,Dq=6077100506506192e-26,Gq=6077100506303966e-26,Mq=20222662487959506e-37,bq=20222662487111665e-37,Hq=84784276603689e-45,$v=2047;function $q(r,e,t){var i,n,s,a,o,v,f;return n=Lq(r*Cq),a=r-n*kq,o=n*Dq,f=e>>20|0,t[0]=a-o,i=Hv(t[0]),v=f-(i>>20&$v),v>16&&(s=a,o=n*Gq,a=s-o,o=n*Mq-(s-a-o),t[0]=a-o,i=Hv(t[0]),v=f-(i>>20&$v),v>49&&(s=a,o=n*bq,a=s-o,o=n*Hq-(s-a-o),t[0]=a-o)),t[1]=a-t[0]-o,n}Uv.exports=$q});var Xv=u((hP,Bv)=>{"use strict";var Uq=cr(),Wq=te(),Bq=oi(),Xq=C(),Vq=Iv(),Qq=re(),Yq=kv(),Ve=Wv(),Zq=0,Jq=16777216,pr=1.5707963267341256,Rr=6077100506506192e-26,Qe=2*Rr,Ye=3*Rr,Ze=4*Rr,Kq=598523,jq=1072243195,zq=1073928572,xq=1074752122,ry=1074977148,ey=1075183036,ty=1075388923,iy=1075594811,ny=1094263291,ne=[0,0,0],se=[0,0];function sy(r,e){var t,i,n,s,a,o,v,f;if(n=Xq(r)|0,s=n&Uq|0,s<=jq)return e[0]=r,e[1]=0,0;if(s<=xq)return(s&Bq)===Kq?Ve(r,s,e):s<=zq?n>0?(f=r-pr,e[0]=f-Rr,e[1]=f-e[0]-Rr,1):(f=r+pr,e[0]=f+Rr,e[1]=f-e[0]+Rr,-1):n>0?(f=r-2*pr,e[0]=f-Qe,e[1]=f-e[0]-Qe,2):(f=r+2*pr,e[0]=f+Qe,e[1]=f-e[0]+Qe,-2);if(s<=iy)return s<=ey?s===ry?Ve(r,s,e):n>0?(f=r-3*pr,e[0]=f-Ye,e[1]=f-e[0]-Ye,3):(f=r+3*pr,e[0]=f+Ye,e[1]=f-e[0]+Ye,-3):s===ty?Ve(r,s,e):n>0?(f=r-4*pr,e[0]=f-Ze,e[1]=f-e[0]-Ze,4):(f=r+4*pr,e[0]=f+Ze,e[1]=f-e[0]+Ze,-4);if(s<ny)return Ve(r,s,e);if(s>=Wq)return e[0]=NaN,e[1]=NaN,0;for(t=Vq(r),i=(s>>20)-1046,f=Qq(s-(i<<20|0),t),o=0;o<2;o++)ne[o]=f|0,f=(f-ne[o])*Jq;for(ne[2]=f,a=3;ne[a-1]===Zq;)a-=1;return v=Yq(ne,se,i,a,1),n<0?(e[0]=-se[0],e[1]=-se[1],-v):(e[0]=se[0],e[1]=se[1],v)}Bv.exports=sy});var Ni=u((SP,Vv)=>{"use strict";var ay=Xv();Vv.exports=ay});var Zv=u((IP,Yv)=>{"use strict";var oy=cr(),uy=te(),vy=C(),Qv=yi(),_i=hi(),cy=Ni(),fy=1072243195,ly=1045430272,er=[0,0];function py(r){var e,t;if(e=vy(r),e&=oy,e<=fy)return e<ly?r:_i(r,0);if(e>=uy)return NaN;switch(t=cy(r,er),t&3){case 0:return _i(er[0],er[1]);case 1:return Qv(er[0],er[1]);case 2:return-_i(er[0],er[1]);default:return-Qv(er[0],er[1])}}Yv.exports=py});var wi=u((AP,Jv)=>{"use strict";var my=Zv();Jv.exports=my});var Ei=u((NP,Kv)=>{"use strict";var dy=2.5066282746310007;Kv.exports=dy});var zv=u((_P,jv)=>{"use strict";function gy(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}jv.exports=gy});var ec=u((wP,rc)=>{"use strict";var qy=Ei(),xv=R(),yy=E(),hy=zv(),Sy=143.01608;function Iy(r){var e,t,i;return e=1/r,e=1+e*hy(e),t=yy(r),r>Sy?(i=xv(r,.5*r-.25),t=i*(i/t)):t=xv(r,r-.5)/t,qy*t*e}rc.exports=Iy});var ic=u((EP,tc)=>{"use strict";var Ay=.5772156649015329;tc.exports=Ay});var sc=u((TP,nc)=>{"use strict";var Ny=ic();function _y(r,e){return e/((1+Ny*r)*r)}nc.exports=_y});var oc=u((RP,ac)=>{"use strict";function wy(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}ac.exports=wy});var dc=u((OP,mc)=>{"use strict";var Ey=I(),Ty=Er(),Ry=di(),uc=N(),Oy=O(),Py=wi(),vc=A(),cc=P(),fc=br(),lc=ec(),pc=sc(),Fy=oc();function Ly(r){var e,t,i,n;if(Ty(r)&&r<0||r===cc||Ey(r))return NaN;if(r===0)return Ry(r)?cc:vc;if(r>171.61447887182297)return vc;if(r<-170.5674972726612)return 0;if(t=uc(r),t>33)return r>=0?lc(r):(i=Oy(t),(i&1)===0?e=-1:e=1,n=t-i,n>.5&&(i+=1,n=t-i),n=t*Py(fc*n),e*fc/(uc(n)*lc(t)));for(n=1;r>=3;)r-=1,n*=r;for(;r<0;){if(r>-1e-9)return pc(r,n);n/=r,r+=1}for(;r<2;){if(r<1e-9)return pc(r,n);n/=r,r+=1}return r===2?n:(r-=2,n*Fy(r))}mc.exports=Ly});var mr=u((PP,gc)=>{"use strict";var Cy=dc();gc.exports=Cy});var ae=u((FP,qc)=>{"use strict";var ky=170;qc.exports=ky});var yc=u((LP,Dy)=>{Dy.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var Sc=u((CP,hc)=>{"use strict";var Gy=I(),My=Er(),by=mr(),Hy=A(),$y=ae(),Uy=yc();function Wy(r){return Gy(r)?NaN:My(r)?r<0?NaN:r<=$y?Uy[r]:Hy:by(r+1)}hc.exports=Wy});var Ti=u((kP,Ic)=>{"use strict";var By=Sc();Ic.exports=By});var Nc=u((DP,Ac)=>{"use strict";function Xy(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}Ac.exports=Xy});var wc=u((GP,_c)=>{"use strict";var Vy=Nc();_c.exports=Vy});var Tc=u((MP,Ec)=>{"use strict";var Qy=wc();Ec.exports=Qy});var Hr=u((bP,Rc)=>{"use strict";var Yy=10.900511;Rc.exports=Yy});var Mc=u((HP,Gc)=>{"use strict";var Oc=Tc(),Zy=mr(),Jy=z(),Pc=N(),Fc=E(),Lc=R(),Cc=W(),Ky=Tr(),jy=Hr(),kc=ae(),zy=4269068009004705e289;function Dc(r,e){var t,i,n;return r<Cc?e>=kc?(i=Dc(e,kc-e),i*=r,i*=zy,1/i):1/(r*Zy(r+e)):(n=r+jy-.5,r+e===r?Pc(e/n)<Cc?t=Fc(-e):t=1:(Pc(e)<10?t=Fc((.5-r)*Jy(e/n)):t=Lc(n/(n+e),r-.5),t*=Oc(r)/Oc(r+e)),t*=Lc(Ky/(n+e),e),t)}Gc.exports=Dc});var Bc=u(($P,Wc)=>{"use strict";var xy=N(),bc=O(),Hc=mr(),$c=Ti(),Uc=ae(),rh=Mc();function eh(r,e){var t,i,n;if(r<=0||r+e<=0)return Hc(r)/Hc(r+e);if(i=bc(e),i===e){if(n=bc(r),n===r&&r<=Uc&&r+e<=Uc)return $c(n-1)/$c(i+n-1);if(xy(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return rh(r,e)}Wc.exports=eh});var Vc=u((UP,Xc)=>{"use strict";var th=Bc();Xc.exports=th});var Yc=u((WP,Qc)=>{"use strict";function ih(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}Qc.exports=ih});var Jc=u((BP,Zc)=>{"use strict";function nh(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}Zc.exports=nh});var xc=u((XP,zc)=>{"use strict";var Kc=C(),sh=kr(),ah=I(),oh=vr(),uh=P(),vh=Yc(),ch=Jc(),Je=.6931471803691238,Ke=19082149292705877e-26,fh=0x40000000000000,lh=.3333333333333333,jc=1048575,ph=2146435072,mh=1048576,dh=1072693248;function gh(r){var e,t,i,n,s,a,o,v,f,c,l,m;return r===0?uh:ah(r)||r<0?NaN:(t=Kc(r),s=0,t<mh&&(s-=54,r*=fh,t=Kc(r)),t>=ph?r+r:(s+=(t>>20)-oh|0,t&=jc,v=t+614244&1048576|0,r=sh(r,t|v^dh),s+=v>>20|0,o=r-1,(jc&2+t)<3?o===0?s===0?0:s*Je+s*Ke:(a=o*o*(.5-lh*o),s===0?o-a:s*Je-(a-s*Ke-o)):(c=o/(2+o),m=c*c,v=t-398458|0,l=m*m,f=440401-t|0,n=l*vh(l),i=m*ch(l),v|=f,a=i+n,v>0?(e=.5*o*o,s===0?o-(e-c*(e+a)):s*Je-(e-(c*(e+a)+s*Ke)-o)):s===0?o-c*(o-a):s*Je-(c*(o-a)-s*Ke-o))))}zc.exports=gh});var F=u((VP,r3)=>{"use strict";var qh=xc();r3.exports=qh});var i3=u((QP,t3)=>{"use strict";var yh=C(),Ri=yi(),e3=hi(),hh=Ni(),Sh=cr(),Ih=te(),tr=[0,0],Ah=1072243195,Nh=1044381696;function _h(r){var e,t;if(e=yh(r),e&=Sh,e<=Ah)return e<Nh?1:Ri(r,0);if(e>=Ih)return NaN;switch(t=hh(r,tr),t&3){case 0:return Ri(tr[0],tr[1]);case 1:return-e3(tr[0],tr[1]);case 2:return-Ri(tr[0],tr[1]);default:return e3(tr[0],tr[1])}}t3.exports=_h});var s3=u((YP,n3)=>{"use strict";var wh=i3();n3.exports=wh});var u3=u((ZP,o3)=>{"use strict";var Eh=I(),Th=wr(),a3=s3(),Oi=wi(),Rh=N(),oe=Ce(),ue=br();function Oh(r){var e,t;return Eh(r)?NaN:Th(r)?NaN:(t=r%2,e=Rh(t),e===0||e===1?oe(0,t):e<.25?Oi(ue*t):e<.75?(e=.5-e,oe(a3(ue*e),t)):e<1.25?(t=oe(1,t)-t,Oi(ue*t)):e<1.75?(e-=1.5,-oe(a3(ue*e),t)):(t-=oe(2,t),Oi(ue*t)))}o3.exports=Oh});var c3=u((JP,v3)=>{"use strict";var Ph=u3();v3.exports=Ph});var l3=u((KP,f3)=>{"use strict";function Fh(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}f3.exports=Fh});var m3=u((jP,p3)=>{"use strict";function Lh(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}p3.exports=Lh});var g3=u((zP,d3)=>{"use strict";function Ch(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}d3.exports=Ch});var y3=u((xP,q3)=>{"use strict";function kh(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}q3.exports=kh});var S3=u((rF,h3)=>{"use strict";function Dh(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}h3.exports=Dh});var A3=u((eF,I3)=>{"use strict";function Gh(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}I3.exports=Gh});var _3=u((tF,N3)=>{"use strict";function Mh(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}N3.exports=Mh});var E3=u((iF,w3)=>{"use strict";function bh(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}w3.exports=bh});var R3=u((nF,T3)=>{"use strict";function Hh(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}T3.exports=Hh});var P3=u((sF,O3)=>{"use strict";function $h(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}O3.exports=$h});var C3=u((aF,L3)=>{"use strict";var Uh=I(),Wh=wr(),Bh=N(),$r=F(),Xh=Dr(),Vh=c3(),Qh=br(),Pi=A(),Yh=l3(),Zh=m3(),Jh=g3(),Kh=y3(),jh=S3(),zh=A3(),xh=_3(),rS=E3(),eS=R3(),tS=P3(),iS=.07721566490153287,nS=.3224670334241136,sS=1,aS=-.07721566490153287,oS=.48383612272381005,uS=-.1475877229945939,vS=.06462494023913339,cS=-.07721566490153287,fS=1,lS=.4189385332046727,je=1.4616321449683622,pS=4503599627370496,mS=72057594037927940,dS=13877787807814457e-33,F3=1.4616321449683622,gS=-.12148629053584961,qS=-3638676997039505e-33;function yS(r){var e,t,i,n,s,a,o,v,f,c,l,m,p;if(Uh(r)||Wh(r))return r;if(r===0)return Pi;if(r<0?(e=!0,r=-r):e=!1,r<dS)return-$r(r);if(e){if(r>=pS||(f=Vh(r),f===0))return Pi;t=$r(Qh/Bh(f*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-$r(r),r>=je-1+.27?(l=1-r,i=0):r>=je-1-.27?(l=r-(F3-1),i=1):(l=r,i=2)):(p=0,r>=je+.27?(l=2-r,i=0):r>=je-.27?(l=r-F3,i=1):(l=r-1,i=2)),i){case 0:m=l*l,a=iS+m*Yh(m),s=m*(nS+m*Zh(m)),o=l*a+s,p+=o-.5*l;break;case 1:m=l*l,c=m*l,a=oS+c*jh(c),s=uS+c*zh(c),n=vS+c*xh(c),o=m*a-(qS-c*(s+l*n)),p+=gS+o;break;case 2:a=l*(cS+l*rS(l)),s=fS+l*eS(l),p+=-.5*l+a/s;break}else if(r<8)switch(i=Xh(r),l=r-i,o=l*(aS+l*Kh(l)),v=sS+l*Jh(l),p=.5*l+o/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=$r(m)}else r<mS?(f=$r(r),m=1/r,l=m*m,c=lS+m*tS(l),p=(r-.5)*(f-1)+c):p=r*($r(r)-1);return e&&(p=t-p),p}L3.exports=yS});var ve=u((oF,k3)=>{"use strict";var hS=C3();k3.exports=hS});var ir=u((uF,D3)=>{"use strict";var SS=709.782712893384;D3.exports=SS});var M3=u((vF,G3)=>{"use strict";var IS=14901161193847656e-24;G3.exports=IS});var H3=u((cF,b3)=>{"use strict";var AS=eval;b3.exports=AS});var U3=u((fF,$3)=>{"use strict";var NS=H3();function _S(){var r;try{NS('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}$3.exports=_S});var Fi=u((lF,W3)=>{"use strict";var wS=U3();W3.exports=wS});var X3=u((pF,B3)=>{"use strict";var ze=N(),ES=W(),TS=1e6;function RS(r,e){var t,i,n,s,a,o;if(o={},arguments.length>1&&(o=e),i=o.tolerance||ES,s=o.maxTerms||TS,a=o.initialValue||0,t=typeof r.next=="function",t===!0){for(n of r)if(a+=n,ze(i*a)>=ze(n)||--s===0)break}else do n=r(),a+=n;while(ze(i*a)<ze(n)&&--s);return a}B3.exports=RS});var Y3=u((mF,Q3)=>{"use strict";var V3=N(),OS=W(),PS=1e6;function FS(r,e){var t,i,n,s,a;a={},arguments.length>1&&(a=e),t=a.tolerance||OS,n=a.maxTerms||PS,s=a.initialValue||0;do i=r(),s+=i;while(V3(t*s)<V3(i)&&--n);return s}Q3.exports=FS});var Ur=u((dF,Z3)=>{"use strict";var LS=Fi(),CS=X3(),kS=Y3(),Li;LS()?Li=CS:Li=kS;Z3.exports=Li});var K3=u((gF,J3)=>{"use strict";function DS(r,e){var t=1,i=r,n=e;return s;function s(){var a=t;return t*=i/n,i-=1,a}}J3.exports=DS});var z3=u((qF,j3)=>{"use strict";var GS=Ur(),MS=K3();function bS(r,e){var t,i;return i=MS(r,e),t=GS(i),t}j3.exports=bS});var r6=u((yF,x3)=>{"use strict";var HS=E();function $S(r,e){var t,i,n,s;if(n=HS(-e),i=n,i!==0)for(t=i,s=1;s<r;++s)t/=s,t*=e,i+=t;return i}x3.exports=$S});var t6=u((hF,e6)=>{"use strict";function US(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}e6.exports=US});var n6=u((SF,i6)=>{"use strict";function WS(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}i6.exports=WS});var a6=u((IF,s6)=>{"use strict";function BS(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}s6.exports=BS});var u6=u((AF,o6)=>{"use strict";function XS(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}o6.exports=XS});var c6=u((NF,v6)=>{"use strict";function VS(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}v6.exports=VS});var l6=u((_F,f6)=>{"use strict";function QS(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}f6.exports=QS});var m6=u((wF,p6)=>{"use strict";function YS(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}p6.exports=YS});var g6=u((EF,d6)=>{"use strict";function ZS(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}d6.exports=ZS});var S6=u((TF,h6)=>{"use strict";var JS=I(),q6=E(),KS=Mr(),jS=A(),zS=P(),xS=t6(),rI=n6(),eI=a6(),tI=u6(),iI=c6(),nI=l6(),sI=m6(),aI=g6(),xe=1e-300,oI=13877787807814457e-33,y6=.8450629115104675,uI=.12837916709551256,vI=1,cI=-.0023621185607526594,fI=1,lI=-.009864944034847148,pI=1,mI=-.0098649429247001,dI=1;function gI(r){var e,t,i,n,s,a,o,v;if(JS(r))return NaN;if(r===jS)return 0;if(r===zS)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<oI?1-r:(i=r*r,n=uI+i*xS(i),s=vI+i*rI(i),a=n/s,r<.25?1-(r+r*a):(n=r*a,n+=r-.5,.5-n));if(t<1.25)return s=t-1,o=cI+s*eI(s),v=fI+s*tI(s),e?1+y6+o/v:1-y6-o/v;if(t<28){if(s=1/(t*t),t<2.857142857142857)n=lI+s*iI(s),s=pI+s*nI(s);else{if(r<-6)return 2-xe;n=mI+s*sI(s),s=dI+s*aI(s)}return i=KS(t,0),n=q6(-(i*i)-.5625)*q6((i-t)*(i+t)+n/s),e?2-n/t:n/t}return e?2-xe:xe*xe}h6.exports=gI});var Ci=u((RF,I6)=>{"use strict";var qI=S6();I6.exports=qI});var _6=u((OF,N6)=>{"use strict";var yI=Ci(),A6=H(),hI=E(),SI=br();function II(r,e){var t,i,n,s,a;if(s=yI(A6(e)),s!==0&&r>1){for(i=hI(-e)/A6(SI*e),i*=e,t=.5,i/=t,n=i,a=2;a<r;++a)i/=a-t,i*=e,n+=i;s+=n}return s}N6.exports=II});var Or=u((PF,w6)=>{"use strict";var AI=-708.3964185322641;w6.exports=AI});var O6=u((FF,R6)=>{"use strict";var Wr=E(),rt=R(),NI=F(),E6=ir(),T6=Or();function _I(r,e){var t,i;return i=r*NI(e),e>=1?i<E6&&-e>T6?t=rt(e,r)*Wr(-e):r>=1?t=rt(e/Wr(e/r),r):t=Wr(i-e):i>T6?t=rt(e,r)*Wr(-e):e/r<E6?t=rt(e/Wr(e/r),r):t=Wr(i-e),t}R6.exports=_I});var ki=u((LF,P6)=>{"use strict";function wI(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}P6.exports=wI});var L6=u((CF,F6)=>{"use strict";var EI=Function;F6.exports=EI});var k6=u((kF,C6)=>{"use strict";var TI=L6();C6.exports=TI});var G6=u((DF,D6)=>{"use strict";var RI=k6(),OI=ki();function PI(r){var e,t,i,n;if(r.length>500)return s;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,n=1;n<t;n++)e+="+x*",n<i&&(e+="("),e+=r[n];for(n=0;n<i-1;n++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new RI(e)();function s(a){return OI(r,a)}}D6.exports=PI});var H6=u((GF,b6)=>{"use strict";var FI=ur(),M6=ki(),LI=G6();FI(M6,"factory",LI);b6.exports=M6});var U6=u((MF,$6)=>{"use strict";function CI(r){var e=-r,t=-1,i=0;return n;function n(){return t*=e,i+=1,t/i}}$6.exports=CI});var B6=u((bF,W6)=>{"use strict";var kI=N(),DI=F(),GI=W(),MI=Ur(),bI=U6();function HI(r){var e,t;return r<=-1?NaN:(t=kI(r),t>.95?DI(1+r)-r:t<GI?-r*r/2:(e={initialValue:-r},MI(bI(r),e)))}W6.exports=HI});var Di=u((HF,X6)=>{"use strict";var $I=B6();X6.exports=$I});var Q6=u(($F,V6)=>{"use strict";var UI=6.283185307179586;V6.exports=UI});var Z6=u((UF,Y6)=>{"use strict";function WI(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}Y6.exports=WI});var K6=u((WF,J6)=>{"use strict";function BI(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}J6.exports=BI});var z6=u((BF,j6)=>{"use strict";function XI(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}j6.exports=XI});var rf=u((XF,x6)=>{"use strict";function VI(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}x6.exports=VI});var tf=u((VF,ef)=>{"use strict";function QI(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}ef.exports=QI});var sf=u((QF,nf)=>{"use strict";function YI(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}nf.exports=YI});var of=u((YF,af)=>{"use strict";function ZI(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}af.exports=ZI});var vf=u((ZF,uf)=>{"use strict";function JI(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}uf.exports=JI});var ff=u((JF,cf)=>{"use strict";function KI(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}cf.exports=KI});var pf=u((KF,lf)=>{"use strict";var jI=H6(),zI=Di(),xI=Ci(),Gi=H(),rA=E(),eA=Q6(),tA=Z6(),iA=K6(),nA=z6(),sA=rf(),aA=tf(),oA=sf(),uA=of(),vA=vf(),cA=ff(),$=[0,0,0,0,0,0,0,0,0,0];function fA(r,e){var t,i,n,s,a;return i=(e-r)/r,n=-zI(i),s=r*n,a=Gi(2*n),e<r&&(a=-a),$[0]=tA(a),$[1]=iA(a),$[2]=nA(a),$[3]=sA(a),$[4]=aA(a),$[5]=oA(a),$[6]=uA(a),$[7]=vA(a),$[8]=cA(a),$[9]=-.0005967612901927463,t=jI($,1/r),t*=rA(-s)/Gi(eA*r),e<r&&(t=-t),t+=xI(Gi(s))/2,t}lf.exports=fA});var df=u((jF,mf)=>{"use strict";function lA(r,e){var t=1,i=r,n=e;return s;function s(){var a=t;return i+=1,t*=n/i,a}}mf.exports=lA});var Mi=u((zF,gf)=>{"use strict";var pA=Ur(),mA=df();function dA(r,e,t){var i,n;return t=t||0,n=mA(r,e),i=pA(n,{initialValue:t}),i}gf.exports=dA});var yf=u((xF,qf)=>{"use strict";function gA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}qf.exports=gA});var Sf=u((rL,hf)=>{"use strict";var qA=yf();hf.exports=qA});var ce=u((eL,If)=>{"use strict";var yA=Sf();If.exports=yA});var _f=u((tL,Nf)=>{"use strict";var hA=ce(),SA=ve(),IA=mr(),AA=Di(),NA=H(),_A=N(),dr=E(),fe=R(),bi=rr(),Hi=B(),Af=F(),wA=$e(),et=ir(),le=Or(),$i=Hr(),EA=Tr();function TA(r,e){var t,i,n,s,a,o,v;return n=r+$i-.5,v=(e-r-$i+.5)/n,r<1?e<=le||r<1/wA?dr(r*Af(e)-e-SA(r)):fe(e,r)*dr(-e)/IA(r):(_A(v*v*r)<=100&&r>150?(t=r*AA(v)+e*(.5-$i)/n,t=dr(t)):(s=r*Af(e/n),a=r-e,Hi(s,a)<=le||bi(s,a)>=et?(i=a/r,Hi(s,a)/2>le&&bi(s,a)/2<et?(o=fe(e/n,r/2)*dr(a/2),t=o*o):Hi(s,a)/4>le&&bi(s,a)/4<et&&e>r?(o=fe(e/n,r/4)*dr(a/4),t=o*o,t*=t):i>le&&i<et?t=fe(e*dr(i)/n,r):t=dr(s+a)):t=fe(e/n,r)*dr(a)),t*=NA(n/EA)/hA(r),t)}Nf.exports=TA});var Tf=u((iL,Ef)=>{"use strict";var Ui=I(),RA=wr(),wf=N(),OA=ee(),PA=F(),FA=R(),LA=Dr();function CA(r,e){var t,i;if(Ui(r)||Ui(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((wf(e*(r-1))<.5||wf(e)<.2)&&(i=PA(r)*e,i<.5))return OA(i)}else if(LA(e)!==e)return NaN;return t=FA(r,e)-1,RA(t)||Ui(t)?NaN:t}Ef.exports=CA});var Of=u((nL,Rf)=>{"use strict";var kA=Tf();Rf.exports=kA});var Ff=u((sL,Pf)=>{"use strict";function DA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}Pf.exports=DA});var Cf=u((aL,Lf)=>{"use strict";function GA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}Lf.exports=GA});var Df=u((oL,kf)=>{"use strict";function MA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}kf.exports=MA});var Mf=u((uL,Gf)=>{"use strict";var Wi=F(),bA=W(),HA=Ff(),$A=Cf(),UA=Df(),WA=.15896368026733398,BA=.5281534194946289,XA=.45201730728149414;function VA(r,e,t){var i,n,s,a;if(r<bA)return-Wi(r);if(e===0||t===0)return 0;if(n=0,r>2){if(r>=3){do r-=1,t-=1,n+=Wi(r);while(r>=3);t=r-2}return s=t*(r+1),a=HA(t),n+=s*WA+s*a,n}return r<1&&(n+=-Wi(r),t=e,e=r,r+=1),r<=1.5?(s=$A(e),i=e*t,n+=i*BA+i*s,n):(s=t*e,a=UA(-t),n+=s*XA+s*a,n)}Gf.exports=VA});var Wf=u((vL,Uf)=>{"use strict";var bf=mr(),Hf=ee(),QA=z(),YA=I(),$f=Mf();function ZA(r){return YA(r)?NaN:r<0?r<-.5?bf(1+r)-1:Hf(-QA(r)+$f(r+2,r+1,r)):r<2?Hf($f(r+1,r,r-1)):bf(1+r)-1}Uf.exports=ZA});var Xf=u((cL,Bf)=>{"use strict";var JA=Wf();Bf.exports=JA});var Qf=u((fL,Vf)=>{"use strict";function KA(r,e){var t,i,n,s;return t=-e,e=-e,i=r+1,n=1,a;function a(){return s=t/i,t*=e,n+=1,t/=n,i+=1,s}}Vf.exports=KA});var Zf=u((lL,Yf)=>{"use strict";var jA=Of(),zA=Ur(),xA=Xf(),rN=Qf();function eN(r,e,t){var i,n,s,a,o;return n=xA(r),s=(n+1)/r,a=jA(e,r),n-=a,n/=r,o=rN(r,e),a+=1,i=t?s:0,n=-a*zA(o,{initialValue:(i-n)/a}),t&&(n=-n),[n,s]}Yf.exports=eN});var Bi=u((pL,Jf)=>{"use strict";var tN=11754943508222875e-54;Jf.exports=tN});var jf=u((mL,Kf)=>{"use strict";var tt=N(),X=Bi(),iN=W(),nN=1e6;function sN(r,e,t){var i,n,s,a,o,v,f;if(i=typeof r.next=="function",f=i?r.next().value:r(),a=f[1],s=f[0],a===0&&(a=X),o=a,v=0,i===!0)do f=r.next().value,f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,n=o*v,a*=n);while(tt(n-1)>e&&--t);else do f=r(),f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,n=o*v,a*=n);while(f&&tt(n-1)>e&&--t);return s/a}function aN(r,e,t){var i,n,s,a,o,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),s=v[1],s===0&&(s=X),a=s,o=0,i===!0)do v=r.next().value,v&&(o=v[1]+v[0]*o,o===0&&(o=X),a=v[1]+v[0]/a,a===0&&(a=X),o=1/o,n=a*o,s*=n);while(v&&tt(n-1)>e&&--t);else do v=r(),v&&(o=v[1]+v[0]*o,o===0&&(o=X),a=v[1]+v[0]/a,a===0&&(a=X),o=1/o,n=a*o,s*=n);while(v&&tt(n-1)>e&&--t);return s}function oN(r,e){var t,i,n;return i={},arguments.length>1&&(i=e),t=i.maxIter||nN,n=i.tolerance||iN,i.keep?aN(r,n,t):sN(r,n,t)}Kf.exports=oN});var r4=u((dL,xf)=>{"use strict";var zf=N(),uN=W(),Br=Bi(),vN=1e6;function cN(r,e,t){var i,n,s,a,o,v;v=r(),o=v[1],n=v[0],o===0&&(o=Br),s=o,a=0;do v=r(),v&&(a=v[1]+v[0]*a,a===0&&(a=Br),s=v[1]+v[0]/s,s===0&&(s=Br),a=1/a,i=s*a,o*=i);while(v&&zf(i-1)>e&&--t);return n/o}function fN(r,e,t){var i,n,s,a,o;o=r(),a=o[1],a===0&&(a=Br),n=a,s=0;do o=r(),o&&(s=o[1]+o[0]*s,s===0&&(s=Br),n=o[1]+o[0]/n,n===0&&(n=Br),s=1/s,i=n*s,a*=i);while(o&&zf(i-1)>e&&--t);return a}function lN(r,e){var t,i,n;return i={},arguments.length>1&&(i=e),n=i.tolerance||uN,t=i.maxIter||vN,i.keep?fN(r,n,t):cN(r,n,t)}xf.exports=lN});var Vi=u((gL,e4)=>{"use strict";var pN=Fi(),mN=jf(),dN=r4(),Xi;pN()?Xi=mN:Xi=dN;e4.exports=Xi});var i4=u((qL,t4)=>{"use strict";function gN(r,e){var t=e-r+1,i=r,n=0;return s;function s(){return n+=1,t+=2,[n*(i-n),t]}}t4.exports=gN});var Qi=u((yL,n4)=>{"use strict";var qN=Vi(),yN=i4();function hN(r,e){var t=yN(r,e);return 1/(e-r+1+qN(t))}n4.exports=hN});var u4=u((hL,o4)=>{"use strict";var SN=O(),pe=mr(),Yi=N(),s4=R(),IN=F(),AN=M3(),a4=$e(),NN=ir(),_N=z3(),wN=r6(),EN=_6(),Zi=O6(),TN=pf(),RN=Mi(),Ji=_f(),ON=Zf(),PN=Qi();function FN(r,e,t,i){var n,s,a,o,v,f,c,l,m,p,q,d,h,g;switch(c=0,l=i,f=e<30&&e<=r+1&&r<NN,f?(h=SN(e),m=h===e,a=m?!1:Yi(h-e)===.5):(m=!1,a=!1),m&&r>.6?(l=!l,s=0):a&&r>.2?(l=!l,s=1):r<AN&&e>1?s=6:r>1e3&&(e<r||Yi(e-50)/r<1)?(l=!l,s=7):r<.5?-.4/IN(r)<e?s=2:s=3:r<1.1?r*.75<e?s=2:s=3:(v=!1,t&&e>20&&(p=Yi((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?s=5:r-1/(3*r)<e?s=2:(s=4,l=!l)),s){case 0:c=wN(e,r),t===!1&&(c*=pe(e));break;case 1:c=EN(e,r),t===!1&&(c*=pe(e));break;case 2:c=t?Ji(e,r):Zi(e,r),c!==0&&(o=0,n=!1,l&&(o=t?1:pe(e),t||c>=1||a4*c>o?(o/=c,t||e<1||a4/e>o?(o*=-e,n=!0):o=0):o=0),c*=RN(e,r,o)/e,n&&(l=!1,c=-c));break;case 3:l=!l,q=ON(e,r,l),c=q[0],g=q[1],l=!1,t&&(c/=g);break;case 4:c=t?Ji(e,r):Zi(e,r),c!==0&&(c*=PN(e,r));break;case 5:c=TN(e,r),r>=e&&(l=!l);break;case 6:c=t?s4(r,e)/pe(e+1):s4(r,e)/e,c*=1-e*r/(e+1);break;case 7:c=t?Ji(e,r):Zi(e,r),c/=r,c!==0&&(c*=_N(e,r));break}return t&&c>1&&(c=1),l&&(d=t?1:pe(e),c=d-c),c}o4.exports=FN});var l4=u((SL,f4)=>{"use strict";var LN=ve(),CN=E(),V=F(),kN=Ei(),DN=ir(),GN=A(),MN=ae(),v4=u4(),c4=Mi(),bN=Qi();function HN(r,e,t,i){var n,s,a,o;return r<0||e<=0?NaN:(n=t===void 0?!0:t,a=i,e>=MN&&!n?(a&&e*4<r?(o=e*V(r)-r,o+=V(bN(e,r))):!a&&e>4*r?(o=e*V(r)-r,s=0,o+=V(c4(e,r,s)/e)):(o=v4(r,e,!0,a),o===0?a?(o=1+1/(12*e)+1/(288*e*e),o=V(o)-e+(e-.5)*V(e),o+=V(kN)):(o=e*V(r)-r,s=0,o+=V(c4(e,r,s)/e)):o=V(o)+LN(e)),o>DN?GN:CN(o)):v4(r,e,n,a))}f4.exports=HN});var m4=u((IL,p4)=>{"use strict";var $N=l4();p4.exports=$N});var y4=u((AL,q4)=>{"use strict";var Xr=E(),it=R(),UN=F(),d4=ir(),g4=Or();function WN(r,e){var t,i;return i=r*UN(e),e>=1?i<d4&&-e>g4?t=it(e,r)*Xr(-e):r>=1?t=it(e/Xr(e/r),r):t=Xr(i-e):i>g4?t=it(e,r)*Xr(-e):e/r<d4?t=it(e/Xr(e/r),r):t=Xr(i-e),t}q4.exports=WN});var I4=u((NL,S4)=>{"use strict";var BN=ce(),XN=ve(),VN=mr(),QN=z(),YN=H(),ZN=N(),gr=E(),me=R(),Ki=rr(),ji=B(),h4=F(),nt=ir(),de=Or(),zi=Hr(),JN=Tr();function KN(r,e){var t,i,n,s,a,o,v;return n=r+zi-.5,v=(e-r-zi+.5)/n,r<1?e<=de?gr(r*h4(e)-e-XN(r)):me(e,r)*gr(-e)/VN(r):(ZN(v*v*r)<=100&&r>150?(t=r*(QN(v)-v)+e*(.5-zi)/n,t=gr(t)):(s=r*h4(e/n),a=r-e,ji(s,a)<=de||Ki(s,a)>=nt?(i=a/r,ji(s,a)/2>de&&Ki(s,a)/2<nt?(o=me(e/n,r/2)*gr(a/2),t=o*o):ji(s,a)/4>de&&Ki(s,a)/4<nt&&e>r?(o=me(e/n,r/4)*gr(a/4),t=o*o,t*=t):i>de&&i<nt?t=me(e*gr(i)/n,r):t=gr(s+a)):t=me(e/n,r)*gr(a)),t*=YN(n/JN)/BN(r),t)}S4.exports=KN});var E4=u((_L,w4)=>{"use strict";var jN=Vc(),A4=Ti(),zN=m4(),xN=z(),st=N(),N4=R(),r_=F(),e_=Gr(),_4=W(),t_=y4(),i_=I4(),qr=new Array(30);function n_(r,e,t,i,n,s,a){var o,v,f,c,l,m,p,q,d,h,g,S,y,k,_,M,b,L;if(m=e-1,b=r+m/2,i<.35?h=xN(-i):h=r_(t),L=-b*h,S=i_(e,L),S<=e_)return n;for(a?(o=S/jN(r,e),o/=N4(b,e)):o=t_(e,L)/N4(b,e),o*=s,qr[0]=1,y=zN(L,e,!0,!0),y/=S,c=n+o*y,f=1,p=h/2,p*=p,q=1,g=4*b*b,l=e,_=1;_<qr.length;++_){for(f+=2,qr[_]=0,d=e-_,v=3,k=1;k<_;++k)d=k*e-_,qr[_]+=d*qr[_-k]/A4(v),v+=2;if(qr[_]/=_,qr[_]+=m/A4(f),y=(l*(l+1)*y+(L+l+1)*q)/g,q*=p,l+=2,M=o*qr[_]*y,c+=M,M>1){if(st(M)<st(_4*c))break}else if(st(M/_4)<st(c))break}return c}w4.exports=n_});var R4=u((wL,T4)=>{"use strict";function s_(r,e,t){var i,n;if(t===0)return 1;for(i=1,n=0;n<t;n++)i*=(r+n)/(e+n);return i}T4.exports=s_});var F4=u((EL,P4)=>{"use strict";var O4=N(),a_=rr();function o_(r,e){return a_(O4(r),O4(e))}P4.exports=o_});var C4=u((TL,L4)=>{"use strict";var u_=F4();L4.exports=u_});var G4=u((RL,D4)=>{"use strict";var k4=N(),v_=B();function c_(r,e){return v_(k4(r),k4(e))}D4.exports=c_});var b4=u((OL,M4)=>{"use strict";var f_=G4();M4.exports=f_});var ot=u((PL,U4)=>{"use strict";var xi=ce(),l_=C4(),p_=b4(),H4=ee(),yr=z(),$4=H(),at=N(),Q=E(),Y=R(),m_=B(),D=F(),Z=ir(),Vr=Or(),r0=Hr(),d_=Tr();function g_(r,e,t,i,n){var s,a,o,v,f,c,l,m,p,q,d,h,g,S;if(!n)return Y(t,r)*Y(i,e);if(g=r+e,v=r+r0-.5,f=e+r0-.5,c=g+r0-.5,s=xi(g),s/=xi(r)*xi(e),s*=$4(f/d_),s*=$4(v/c),l=(t*e-i*v)/v,m=(i*r-t*f)/f,p_(l,m)<.2)if(l*m>0||m_(r,e)<1)at(l)<.1?s*=Q(r*yr(l)):s*=Y(t*c/v,r),at(m)<.1?s*=Q(e*yr(m)):s*=Y(i*c/f,e);else if(l_(l,m)<.5)a=r<e,o=e/r,a&&o*m<.1||!a&&l/o>.1?(p=H4(o*yr(m)),p=l+p+p*l,p=r*yr(p),s*=Q(p)):(p=H4(yr(l)/o),p=m+p+p*m,p=e*yr(p),s*=Q(p));else if(at(l)<at(m))if(S=r*yr(l)+e*D(i*c/f),S<=Vr||S>=Z){if(S+=D(s),S>=Z)return NaN;s=Q(S)}else s*=Q(S);else if(S=e*yr(m)+r*D(t*c/v),S<=Vr||S>=Z){if(S+=D(s),S>=Z)return NaN;s=Q(S)}else s*=Q(S);else if(d=t*c/v,h=i*c/f,l=r*D(d),m=e*D(h),l>=Z||l<=Vr||m>=Z||m<=Vr)if(r<e)if(q=Y(h,e/r),p=r*(D(d)+D(q)),p<Z&&p>Vr)s*=Y(q*d,r);else{if(m+=l+D(s),m>=Z)return NaN;s=Q(m)}else if(q=Y(d,r/e),p=(D(q)+D(h))*e,p<Z&&p>Vr)s*=Y(q*h,e);else{if(m+=l+D(s),m>=Z)return NaN;s=Q(m)}else s*=Y(d,r)*Y(h,e);return s}U4.exports=g_});var B4=u((FL,W4)=>{"use strict";var q_=Vi(),y_=ot(),h_={keep:!0,maxIter:1e3};function S_(r,e,t,i){var n=0;return s;function s(){var a,o,v;return o=(r+n-1)*(r+e+n-1)*n*(e-n)*t*t,a=r+2*n-1,o/=a*a,v=n,v+=n*(e-n)*t/(r+2*n-1),v+=(r+n)*(r*i-e*t+1+n*(2-t))/(r+2*n+1),n+=1,[o,v]}}function I_(r,e,t,i,n,s){var a,o,v;return a=y_(r,e,t,i,n),s&&(s[1]=a),a===0?a:(v=S_(r,e,t,i),o=q_(v,h_),a/o)}W4.exports=I_});var V4=u((LL,X4)=>{"use strict";var A_=9007199254740991;X4.exports=A_});var Y4=u((CL,Q4)=>{"use strict";function N_(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}Q4.exports=N_});var J4=u((kL,Z4)=>{"use strict";function __(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}Z4.exports=__});var tl=u((DL,el)=>{"use strict";var K4=I(),j4=Er(),z4=A(),x4=P(),rl=qi(),w_=Y4(),E_=J4();function T_(r,e){return K4(r)||K4(e)?NaN:r===z4||e===z4||r===x4||e===x4?NaN:j4(r)&&j4(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=rl&&e<=rl?w_(r,e):E_(r,e)):NaN}el.exports=T_});var nl=u((GL,il)=>{"use strict";var R_=tl();il.exports=R_});var ul=u((ML,ol)=>{"use strict";var O_=V4(),P_=A(),sl=Er(),al=I(),F_=De(),L_=O(),C_=nl();function e0(r,e){var t,i,n,s,a,o,v;if(al(r)||al(e))return NaN;if(!sl(r)||!sl(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,F_(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=L_(O_/r),t=1,a=1;a<=e&&!(t>v);a++)t*=r,t/=a,r-=1;return a>e?i*t:(n=e0(r,e-a+1),n===P_?i*n:(s=e0(e,e-a+1),o=C_(n,s),n/=o,s/=o,t/=s,i*t*n))}ol.exports=e0});var cl=u((bL,vl)=>{"use strict";var k_=ul();vl.exports=k_});var pl=u((HL,ll)=>{"use strict";var fl=cl(),Pr=O(),ge=R(),D_=Gr();function G_(r,e,t,i){var n,s,a,o,v;if(s=ge(t,r),s>D_)for(o=s,v=Pr(r-1);v>e;v--)o*=(v+1)*i/((r-v)*t),s+=o;else if(a=Pr(r*t),a<=e+1&&(a=Pr(e+2)),s=ge(t,a)*ge(i,r-a),s*=fl(Pr(r),Pr(a)),s===0)for(v=a-1;v>e;v--)s+=ge(t,v)*ge(i,r-v),s*=fl(Pr(r),Pr(v));else{for(o=s,n=s,v=a-1;v>e;v--)o*=(v+1)*i/((r-v)*t),s+=o;for(o=n,v=a+1;v<=r;v++)o*=(r-v+1)*t/(v*i),s+=o}return s}ll.exports=G_});var dl=u(($L,ml)=>{"use strict";var M_=ot();function b_(r,e,t,i,n,s,a){var o,v,f,c;if(o=M_(r,e,t,i,s),a&&(a[1]=o),o/=r,o===0)return o;for(f=1,v=1,c=0;c<n-1;++c)v*=(r+e+c)*t/(r+c+1),f+=v;return o*=f,o}ml.exports=b_});var Sl=u((UL,hl)=>{"use strict";var t0=ce(),H_=Ur(),$_=z(),U_=H(),i0=E(),ut=R(),qe=F(),W_=Gr(),gl=ir(),ql=Or(),n0=Hr(),B_=Tr(),yl={maxTerms:100};function X_(r,e,t,i){var n=1-e,s=1;return a;function a(){var o=i/r;return r+=1,i*=n*t/s,s+=1,n+=1,o}}function V_(r,e,t,i,n,s,a){var o,v,f,c,l,m,p,q;return n?(p=r+e,v=r+n0-.5,f=e+n0-.5,c=p+n0-.5,o=t0(p)/(t0(r)*t0(e)),l=qe(c/f)*(e-.5),m=qe(t*c/v)*r,l>ql&&l<gl&&m>ql&&m<gl?(r*e<f*10?o*=i0((e-.5)*$_(r/f)):o*=ut(c/f,e-.5),o*=ut(t*c/v,r),o*=U_(v/B_),s&&(s[1]=o*ut(a,e))):(o=qe(o)+l+m+(qe(v)-1)/2,s&&(s[1]=i0(o+e*qe(a))),o=i0(o))):o=ut(t,r),o<W_?i:(q=X_(r,e,t,o),yl.initialValue=i,H_(q,yl))}hl.exports=V_});var o0=u((WL,Tl)=>{"use strict";var Q_=I(),Y_=ee(),vt=O(),Il=z(),Al=lu(),G=M2(),s0=H(),Z_=E(),ye=R(),J_=rr(),Nl=B(),ct=$e(),_l=Gr(),K_=qi(),j_=tv(),El=br(),hr=E4(),a0=R4(),z_=ot(),wl=B4(),x_=pl(),he=dl(),J=Sl(),rw=1/El;function ew(r,e,t,i,n,s,a,o){var v,f,c,l,m,p,q,d,h,g,S,y;if(y=1-r,q=o,d=o+a,s[d]=-1,Q_(r)||r<0||r>1)return s[q]=NaN,s[d]=NaN,s;if(i){if(e<0||t<0)return s[q]=NaN,s[d]=NaN,s;if(e===0){if(t===0)return s[q]=NaN,s[d]=NaN,s;if(t>0)return s[q]=n?0:1,s}else if(t===0&&e>0)return s[q]=n?1:0,s}else if(e<=0||t<=0)return s[q]=NaN,s[d]=NaN,s;return r===0?(e===1?s[d]=1:s[d]=e<1?ct/2:_l*2,n?(s[q]=i?1:G(e,t),s):(s[q]=0,s)):r===1?(t===1?s[d]=1:s[d]=t<1?ct/2:_l*2,n?s[q]=0:s[q]=i?1:G(e,t),s):e===.5&&t===.5?(s[d]=rw*s0(y*r),S=Al(s0(n?y:r)),S/=j_,i||(S*=El),s[q]=S,s):(e===1&&(p=t,t=e,e=p,p=y,y=r,r=p,n=!n),t===1?e===1?(s[q]=n?y:r,s[d]=1,s):(s[d]=e*ye(r,e-1),y<.5?S=n?-Y_(e*Il(-y)):Z_(e*Il(-y)):S=n?-(ye(r,e)-1):ye(r,e),i||(S/=e),s[q]=S,s):(Nl(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=y,y=r,r=p,n=!n),J_(e,t)<=1?e>=Nl(.2,t)||ye(r,e)<=.9?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(p=t,t=e,e=p,p=y,y=r,r=p,n=!n,y>=.3?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(i?f=1:f=a0(e+t,e,20),c=he(e,t,r,y,20,i,s),n?(c-=i?1:G(e,t),n=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i))):t<=1||r<.1&&ye(t*r,e)<=.7?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(p=t,t=e,e=p,p=y,y=r,r=p,n=!n,y>=.3?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):e>=15?n?(c=-(i?1:G(e,t)),n=!1,c=-hr(e,t,r,y,c,1,i)):c=hr(e,t,r,y,0,1,i):(i?f=1:f=a0(e+t,e,20),c=he(e,t,r,y,20,i,s),n?(c-=i?1:G(e,t),n=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*y-t,v<0&&(p=t,t=e,e=p,p=y,y=r,r=p,n=!n),t<40?vt(e)===e&&vt(t)===t&&e<K_-100?(h=e-1,g=t+h,c=x_(g,h,r,y),i||(c*=G(e,t))):t*r<=.7?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):e>15?(g=vt(t),g===t&&(g-=1),l=t-g,i?f=1:f=a0(e+l,l,g),c=he(l,e,y,r,g,i),c=hr(e,l,r,y,c,1,i),c/=f):i?(g=vt(t),l=t-g,l<=0&&(g-=1,l+=1),c=he(l,e,y,r,g,i),c+=he(e,l,r,y,20,i),n&&(c-=1),c=hr(e+20,l,r,y,c,1,i),n&&(c=-c,n=!1)):c=wl(e,t,r,y,i,s):c=wl(e,t,r,y,i,s)),s[d]<0&&(s[d]=z_(e,t,r,y,!0)),m=y*r,s[d]!==0&&(ct*m<s[d]?s[d]=ct/2:s[d]/=m),s[q]=n?(i?1:G(e,t))-c:c,s))}Tl.exports=ew});var Ol=u((BL,Rl)=>{"use strict";var tw=o0();function iw(r,e,t,i,n){return tw(r,e,t,i,n,[0,0],1,0)}Rl.exports=iw});var Ll=u((XL,Fl)=>{"use strict";var nw=ur(),Pl=Ol(),sw=o0();nw(Pl,"assign",sw);Fl.exports=Pl});var kl=u((VL,Cl)=>{"use strict";var aw=Ll().assign;function ow(r,e,t,i,n){var s=[0,0];return i=i!==!1,n=n===!0,aw(r,e,t,i,n,s,1,0),s[0]}Cl.exports=ow});var u0=u((QL,Dl)=>{"use strict";var uw=kl();Dl.exports=uw});var Ml=u((YL,Gl)=>{"use strict";var vw=Ar(),cw=u0(),v0=I(),fw=O(),lw=A();function pw(r,e,t){return v0(r)||v0(e)||v0(t)||t<0||t>1||!vw(e)||e===lw?NaN:r<0?0:r>=e?1:(r=fw(r+1e-7),cw(t,r+1,e-r,!0,!0))}Gl.exports=pw});var Hl=u((ZL,bl)=>{"use strict";function mw(r){return e;function e(){return r}}bl.exports=mw});var ft=u((JL,$l)=>{"use strict";var dw=Hl();$l.exports=dw});var Wl=u((KL,Ul)=>{"use strict";var gw=Ar(),qw=ft(),yw=u0(),c0=I(),hw=O(),Sw=A();function Iw(r,e){if(c0(r)||c0(e)||e<0||e>1||!gw(r)||r===Sw)return qw(NaN);return t;function t(i){return c0(i)?NaN:i<0?0:i>=r?1:(i=hw(i+1e-7),yw(e,i+1,r-i,!0,!0))}}Ul.exports=Iw});var Vl=u((jL,Xl)=>{"use strict";var Aw=ur(),Bl=Ml(),Nw=Wl();Aw(Bl,"factory",Nw);Xl.exports=Bl});var Yl=u((zL,Ql)=>{"use strict";var _w=O();function ww(r){return _w(r)===r&&r<0}Ql.exports=ww});var Jl=u((xL,Zl)=>{"use strict";var Ew=Yl();Zl.exports=Ew});var jl=u((rC,Kl)=>{"use strict";var Tw=Jl(),Rw=ve();function Ow(r){return Tw(r)?NaN:Rw(r+1)}Kl.exports=Ow});var f0=u((eC,zl)=>{"use strict";var Pw=jl();zl.exports=Pw});var e5=u((tC,r5)=>{"use strict";var lt=Ar(),pt=I(),Fw=E(),nr=f0(),Lw=rr(),Cw=B(),xl=A();function kw(r,e,t,i){var n,s,a,o,v;return pt(r)||pt(e)||pt(t)||pt(i)||!lt(e)||!lt(t)||!lt(i)||e===xl||t===xl||t>e||i>e?NaN:(v=Lw(0,i+t-e),o=Cw(t,i),lt(r)&&v<=r&&r<=o?(s=nr(i)+nr(t)+nr(e-i)+nr(e-t),n=nr(e)+nr(r)+nr(i-r),n+=nr(t-r)+nr(e-t+r-i),a=s-n,Fw(a)):0)}r5.exports=kw});var n5=u((iC,i5)=>{"use strict";var mt=Ar(),dt=I(),Dw=ft(),Gw=E(),sr=f0(),Mw=rr(),bw=B(),t5=A();function Hw(r,e,t){var i,n;if(dt(r)||dt(e)||dt(t)||!mt(r)||!mt(e)||!mt(t)||r===t5||e===t5||e>r||t>r)return Dw(NaN);return n=Mw(0,t+e-r),i=bw(e,t),s;function s(a){var o,v,f;return dt(a)?NaN:mt(a)&&n<=a&&a<=i?(v=sr(t)+sr(e)+sr(r-t)+sr(r-e),o=sr(r)+sr(a)+sr(t-a),o+=sr(e-a)+sr(r-e+a-t),f=v-o,Gw(f)):0}}i5.exports=Hw});var l0=u((nC,a5)=>{"use strict";var $w=ur(),s5=e5(),Uw=n5();$w(s5,"factory",Uw);a5.exports=s5});var p0=u((sC,o5)=>{"use strict";function Ww(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}o5.exports=Ww});var f5=u((aC,c5)=>{"use strict";var m0=Ar(),gt=I(),Bw=Dr(),Xw=rr(),u5=B(),Vw=l0(),v5=A(),Qw=j(),Yw=p0();function Zw(r,e,t,i){var n,s,a,o,v;if(gt(r)||gt(e)||gt(t)||gt(i)||!m0(e)||!m0(t)||!m0(i)||e===v5||t===v5||t>e||i>e)return NaN;if(r=Bw(r),r<Xw(0,i+t-e))return 0;if(r>=u5(i,t))return 1;for(s=new Qw(r+1),s[r]=Vw(r,e,t,i),v=r-1;v>=0;v--)a=(v+1)*(e-t-(i-v-1)),n=(t-v)*(i-v),s[v]=a/n*s[v+1];return o=Yw(s),u5(o,1)}c5.exports=Zw});var d5=u((oC,m5)=>{"use strict";var d0=Ar(),qt=I(),Jw=ft(),Kw=Dr(),jw=rr(),l5=B(),zw=l0(),p5=A(),xw=j(),rE=p0();function eE(r,e,t){if(qt(r)||qt(e)||qt(t)||!d0(r)||!d0(e)||!d0(t)||r===p5||e===p5||e>r||t>r)return Jw(NaN);return i;function i(n){var s,a,o,v,f;if(qt(n))return NaN;if(n=Kw(n),n<jw(0,t+e-r))return 0;if(n>=l5(t,e))return 1;for(a=new xw(n+1),a[n]=zw(n,r,e,t),f=n-1;f>=0;f--)o=(f+1)*(r-e-(t-f-1)),s=(e-f)*(t-f),a[f]=o/s*a[f+1];return v=rE(a),l5(v,1)}}m5.exports=eE});var y5=u((uC,q5)=>{"use strict";var tE=ur(),g5=f5(),iE=d5();tE(g5,"factory",iE);q5.exports=g5});var Kr=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],_e=r=>Kr.indexOf(r),L5=_e("POST_TEST_TRAFFIC_SHIFT"),jr=_e("PRE_PRODUCTION_TRAFFIC_SHIFT"),Z0=_e("CLEAN_UP"),Lr=["SUCCESSFUL","STOPPED","ROLLBACK_SUCCESSFUL","ROLLBACK_FAILED"],C5=["ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS","STOP_REQUESTED"],Nt=["PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"];function k5(r,e,t){if(t!=="IN_PROGRESS"&&t!=="SUCCESSFUL")return[];let i=r===void 0||r==="RECONCILE_SERVICE"?-1:Nt.indexOf(r),n=Nt.indexOf(e);return n<0||i<0&&r!==void 0&&r!=="RECONCILE_SERVICE"||n<=i?[]:Nt.slice(i+1,n)}async function K0(r,e){let t=r.verify.every(o=>o.length===0),i,n=new Set(r.answered),s=r.clock.now(),a=await Fr(async()=>{let o=await r.ecs.describeServiceDeployment(r.arn,r.signal);if(!o)throw new Error(`ECS does not know service deployment ${r.arn}`);let v=o.lifecycleStage??"PENDING",f=o.status??"PENDING",c=!1;if(o.lifecycleStage&&e.at(-1)?.stage!==v){for(let d of k5(e.at(-1)?.stage,v,f))e.push({stage:d,at:r.clock.now(),between:!0}),r.timeline.note("stage",`${d} (passed between two looks)`);e.push({stage:v,at:r.clock.now()}),await r.onStage?.(v,o),c=!0}c=r.timeline.observe("stage",`${v} (${f})`)||c;let l=o.targetServiceRevision?.requestedProductionTrafficWeight;if(l!==void 0&&l!==i&&(i=l,r.onWeight?.(l)),c=r.timeline.observe("traffic",M5(o))||c,Lr.includes(f)||C5.includes(f)){if(f==="SUCCESSFUL"){let d=Se(r.clock.now()-s);return U({ok:!0,deployment:o,reason:`ECS completed ${w(r.arn)} in ${d}`})}return Lr.includes(f)?U({ok:!1,cause:"ecs",deployment:o,reason:G5(o)}):Sr(c)}let m=_e(v),p={...r.gateContext,signal:r.signal??new AbortController().signal};if(!t&&m>=L5&&m<Z0){for(let d of r.verify.filter(h=>h.length>0)){let h=await J0(d,p,"verify",r);if(h)return U({ok:!1,cause:"gate",stage:v,...h})}t=!0,c=!0}if(m>=jr&&m<Z0&&r.watch.length>0){let d=await J0(r.watch,p,v,r);if(d)return U({ok:!1,cause:"gate",stage:v,...d})}let q=D5(o,n);if(q&&r.onPause){let d={hookId:q,stage:v,verified:t};if(r.timeline.note("hook",`ECS holds the deployment at a PAUSE hook during ${v}`),await r.onPause(d)==="hold")return U({ok:!0,deployment:o,reason:`held at ${v}`,paused:d});n.add(q),c=!0}return Sr(c)},{clock:r.clock,intervalMs:r.intervalMs,maxIntervalMs:r.intervalMs,deadline:r.deadline,signal:r.signal,onError:o=>r.timeline.note("error",`${o.message} (will retry)`)});return a.done?a.value:{ok:!1,cause:"timeout",reason:`service deployment ${w(r.arn)} not done within wait-timeout (plus the bake and step times ECS takes): ${r.timeline.latest(["stage","traffic"])}`}}async function J0(r,e,t,i){let n=await w0(r,e);i.onReports?.(t,n);for(let a of n)i.timeline.observe(a.gate,a.observed);let s=n.find(a=>a.state==="failed")??n.find(a=>a.state!=="passed");return s?{gate:s.gate,reason:s.observed}:void 0}function D5(r,e){return r.lifecycleHookDetails?.find(t=>t.targetType==="PAUSE"&&t.status==="AWAITING_ACTION"&&t.hookId&&!e.has(t.hookId))?.hookId}function G5(r){let e=w(r.serviceDeploymentArn),t=r.statusReason?`: ${r.statusReason}`:"",i=r.rollback?.reason?` (rollback: ${r.rollback.reason})`:"";return`ECS ended service deployment ${e} with ${r.status}${t}${i}`}function M5(r){let e=r.targetServiceRevision,t=r.sourceServiceRevisions??[],i=o=>t.reduce((v,f)=>v+(f[o]??0),0),n=`production ${e?.requestedProductionTrafficWeight??0}% new / ${i("requestedProductionTrafficWeight")}% old`,s=`test ${e?.requestedTestTrafficWeight??0}% new`,a=`${e?.runningTaskCount??0}/${e?.requestedTaskCount??0} new tasks running`;return`${n}, ${s}, ${a}`}function w(r){return r?.split("/").pop()??"?"}var _t={BLUE_GREEN:"blue-green",LINEAR:"canary",CANARY:"canary"};function we(r){if((r.deploymentController?.type??"ECS")!=="ECS")return;let e=r.deploymentConfiguration?.strategy??"ROLLING";return e in _t?e:void 0}function Ee(r){for(let e of r.loadBalancers??[]){let t=e.advancedConfiguration;if(!(!t?.productionListenerRule||!t.alternateTargetGroupArn||!e.targetGroupArn))return{loadBalancer:e,productionListenerRule:t.productionListenerRule,testListenerRule:t.testListenerRule,targetGroups:[e.targetGroupArn,t.alternateTargetGroupArn]}}}async function j0(r,e,t,i){let[n]=await At(r,e,[{name:t,input:"service"}]),s=we(n),a=v=>new ar(`Invalid input service: service ${K(t)} ${v}`);if(!s){let v=n.deploymentController?.type??"ECS",f=v==="ECS"?`uses the ECS ${n.deploymentConfiguration?.strategy??"ROLLING"} deployment strategy`:`uses the ${v} deployment controller`;throw a(`${f}; ${i} with a single service needs the ECS ${i==="canary"?"LINEAR or CANARY":"BLUE_GREEN"} strategy (for a pair of services, give blue-service, green-service and listener-rule)`)}if(i!=="rolling"&&_t[s]!==i)throw a(`uses the ECS ${s} deployment strategy, which the ${_t[s]} action runs`);let o=Ee(n);if(!o)throw a(`uses the ECS ${s} strategy but no load balancer with advancedConfiguration (alternateTargetGroupArn, productionListenerRule)`);return C0(n,"service",!1),{service:n,strategy:s,routing:o}}async function z0(r,e,t){let[i]=await At(r.ecs,e,[{name:t,input:"service"}]),n=we(i)?Ee(i):void 0;if(!n)return;let s=n.productionListenerRule;return{subject:`service ${i.serviceName??t}`,key:i.serviceArn??t,listenerArn:A0(s)?s:N0(s)}}var Te=(r,e)=>new ar(`Invalid input ${r}: ${e}`);function x0(r,e){let t=s=>{let a=Kr.indexOf(s);return a>0&&a<=jr};if(!(e.deploymentConfiguration?.lifecycleHooks??[]).some(s=>s.targetType==="PAUSE"&&s.lifecycleStages?.some(t)))throw Te("mode",`deploy with service needs a PAUSE lifecycle hook before production traffic moves (e.g. at POST_TEST_TRAFFIC_SHIFT) in the deploymentConfiguration of service ${K(r.service)}: ECS holds a service deployment nowhere else`)}async function rn(r,e,t){let i=K(r.service);if(!t)throw Te("mode",`${r.mode}: no service deployment of ${i} is in flight`);if(r.mode!=="promote")return;let n=t.brief.serviceDeploymentArn,s=await e.describeServiceDeployment(n),a=s?.lifecycleHookDetails?.find(v=>v.targetType==="PAUSE"&&v.status==="AWAITING_ACTION");if(!a?.hookId)throw Te("mode",`promote: service deployment ${w(n)} of ${i} is ${s?.status??"?"} at ${s?.lifecycleStage??"?"}, not held at a PAUSE hook`);let o=r.expectedTaskDefinitionArn;if(o&&!(t.taskDefinition&&T0(t.taskDefinition,o)))throw Te("task-definition-arn",`the paused service deployment ${w(n)} deploys ${t.taskDefinition??"an unknown version"}, not ${o}`);return a.hookId}var b5=["PENDING","IN_PROGRESS","STOP_REQUESTED","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"];async function Re(r,e){let{cluster:t}=r,{service:i,strategy:n,routing:s}=await j0(e.ecs,t,r.service,r.action),a=k0(i);if((r.desiredCount??a.desiredCount)<1)throw new ar(`Invalid input desired-count: service ${K(r.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`);let o=await H5(e.ecs,t,a.arn),v=r.mode==="promote"||r.mode==="abort",f=v?await rn(r,e.ecs,o):void 0;if(r.mode==="deploy"&&x0(r,a),!v&&!r.taskDefinition)throw new Error(`mode ${r.mode} needs a task definition`);let c=v||!r.taskDefinition?{arn:o?.taskDefinition??a.taskDefinition}:await G0(r.taskDefinition,a.taskDefinition,e.ecs,r.allowFamilyChange),l=await e.rules.describeRule(s.productionListenerRule);if(!l)throw new ar(`Invalid input service: the production listener rule ${s.productionListenerRule} of service ${K(r.service)} was not found`);if(o&&!v&&!("arn"in c&&o.taskDefinition===c.arn))throw new ar(`Invalid input service: service deployment ${w(o.brief.serviceDeploymentArn)} of ${K(r.service)} is ${o.brief.status} (deploying ${o.taskDefinition}); wait for it to end, or run rollback`);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");return await I0(e.cloudwatch,r.alarms),{service:a,strategy:n,routing:s,version:c,weights:Ie(l),inFlight:o?.brief,pausedHook:f}}async function H5(r,e,t){let n=(await r.listServiceDeployments(e,t,{status:[...b5]})).find(a=>!Lr.includes(a.status??""));if(!n)return;let s=n.targetServiceRevisionArn?await r.describeServiceRevision(n.targetServiceRevisionArn):void 0;return{brief:n,taskDefinition:s?.taskDefinition}}function en(r){let e=r.service.deploymentConfiguration,t=e?.linearConfiguration,i=t?Math.ceil(100/(t.stepPercent??10))*(t.stepBakeTimeInMinutes??6):0,n=e?.canaryConfiguration?.canaryBakeTimeInMinutes??0;return((e?.bakeTimeInMinutes??0)+i+n)*6e4}async function Oe(r,e){let{rollout:t,options:i,plan:n,context:s}=r,a=await r.ports.rules.describeRule(n.routing.productionListenerRule).catch(()=>{}),o=a?Ie(a):[],[v,f]=n.routing.targetGroups,c=tn(o);return{action:i.action,mode:i.mode,...e,startedAt:new Date(t.startedAt).toISOString(),finishedAt:new Date(s.clock.now()).toISOString(),durations:t.durations,cluster:i.cluster,service:n.service.name,strategy:n.strategy,serviceDeploymentArn:r.arn,deploymentId:r.deploymentId,stages:r.seen.map(({stage:l,at:m,between:p})=>({stage:l,atSeconds:H0(m-t.startedAt),...p?{between:p}:{}})),liveColor:wt(c),idleColor:wt(c===void 0?void 0:c===v?f:v),previousColor:wt(tn(n.weights)),weight:r.weight,taskDefinitionArn:r.taskDefinitionArn,previousTaskDefinitionArn:n.service.taskDefinition,analysis:r.analysis?.steps,run:i.run}}function tn(r){return[...r].sort((e,t)=>t.weight-e.weight).find(e=>e.weight>0)?.targetGroupArn}var wt=r=>r?E0(r):void 0;async function nn(r){let{rollout:e,plan:t,ports:i,options:n}=r;r.arn=t.inFlight?.serviceDeploymentArn;let s="arn"in t.version?t.version.arn:r.taskDefinitionArn,a=await e.run([{name:"rollback",run:async()=>{let v={reason:"rollback asked",cause:"error"},f=await r.stop(v,{stop:!1,cancelled:!1}),c=`stopped service deployment ${w(r.arn)} with ROLLBACK${f.said}`;if(!f.restored)throw new Error(c);e.say(c);let l=await i.ecs.describeService(n.cluster,t.service.arn);r.taskDefinitionArn=l?.taskDefinition??r.taskDefinitionArn}}]);return{report:await Oe(r,a),timeline:e.timeline,gates:e.gates,rolledBackFrom:s}}function $5(r){let e=r.indexOf("targetgroup/");return e>=0?r.slice(e):r}function sn(r,e){let t=Math.floor(r/6e4)*6e4;return Math.max(60,Math.ceil((e-t)/6e4)*60)}function an(r,e,t){return["canary","stable"].flatMap(i=>{let n={LoadBalancer:r,TargetGroup:$5(e[i])},s=(o,v,f)=>({id:`${i}_${o}`,namespace:"AWS/ApplicationELB",metricName:v,dimensions:n,stat:f}),a=[s("requests","RequestCount","Sum"),s("errors","HTTPCode_Target_5XX_Count","Sum"),s("connection_errors","TargetConnectionErrorCount","Sum"),s("p99","TargetResponseTime","p99")];return t!==void 0&&a.push(s("fast","TargetResponseTime",`PR(:${W5(t)})`)),a})}function Et(r,e){let t=c=>r[`${e}_${c}`]??{timestamps:[],values:[]},i=c=>t(c).values.reduce((l,m)=>l+m,0),n=new Map,s=t("requests");s.timestamps.forEach((c,l)=>n.set(c,(n.get(c)??0)+s.values[l]));let a=i("requests"),o={requests:Math.round(a),errors:Math.min(Math.round(i("errors")+i("connection_errors")),Math.round(a))},v=U5(t("p99"),n);v!==void 0&&(o.p99=v);let f=t("fast");return r[`${e}_fast`]&&(o.slow=Math.round(f.timestamps.reduce((c,l,m)=>c+(n.get(l)??0)*(1-f.values[m]/100),0))),o}function U5(r,e){if(r.values.length===0)return;let t=0,i=0;return r.timestamps.forEach((n,s)=>{let a=e.get(n)??0;t+=r.values[s]*a,i+=a}),i>0?t/i:r.values.reduce((n,s)=>n+s,0)/r.values.length}function W5(r){return String(Number(r.toFixed(6)))}function or(r){let e=r*100;return`${e.toFixed(e<10?2:1).replace(/\.0+$|(\.\d*?)0+$/,"$1")}%`}function on(r){return r>=1?`${r.toFixed(2)} s`:`${Math.round(r*1e3)} ms`}var h5=y0(Vl(),1),S5=y0(y5(),1);function g0(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return A5(1-(0,S5.default)(r.hits-1,t,i,r.total))}function I5(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:A5(1-(0,h5.default)(r.hits-1,r.total,e))}function A5(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var Qr=r=>r.requests>0?r.errors/r.requests:0;function q0(r,e,t,i){let n=`${N5("canary",r)}; ${N5("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${n})`};let s=(c,l)=>`${l} p ${c<1e-4?"< 0.0001":`= ${c.toPrecision(2)}`}, ${c<i?"significant":"not significant"} at ${nE(i)} confidence`,a=[],o=Qr(r);if(o>t.maxErrorRate){let c=I5({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${or(o)} over max-error-rate ${or(t.maxErrorRate)} (${s(c,"exact binomial test")})`;if(c<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${n}`};a.push(l)}if(e.requests>0){let c=o-Qr(e);if(c>t.maxErrorRateIncrease){let l=g0({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${_5(c)} over stable, more than max-error-rate-increase ${_5(t.maxErrorRateIncrease)} (${s(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${n}`};a.push(m)}}else a.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${or(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${or(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=g0({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${s(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${n}`};a.push(`${l} (${p})`)}else a.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let f=a.length>0?`; ${a.join("; ")}`:"";return{verdict:"passed",reason:`${n}${f}`}}function N5(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${on(e.p99)}`;return`${r} ${or(Qr(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function nE(r){return or(1-r)}function _5(r){return`+${or(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var sE=.05,aE=.001,yt=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,n){this.metrics=e,this.target=t,this.settings=i,this.clock=n}begin(e,t,i,n){let s={requests:0,errors:0,errorRate:0},a=new Date(i).toISOString(),o={step:e,weight:t,start:a,end:a,canary:s,stable:s,verdict:"watching",reason:"no look yet"};this.steps.push(o),this.current={step:o,startedAt:i,endsAt:n,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:n,stable:s}=await this.look(t.startedAt,i,e?.signal),a=t.step;if(a.end=new Date(i).toISOString(),a.canary={...n,errorRate:Qr(n)},a.stable={...s,errorRate:Qr(s)},this.samples.push({at:i,weight:a.weight,canaryErrorRate:a.canary.errorRate,stableErrorRate:a.stable.errorRate}),i<t.endsAt){let o=q0(n,s,this.settings,aE);return o.verdict==="failed"?this.record("failed",o):{state:"passed",observed:o.reason}}return this.conclude(q0(n,s,this.settings,sE))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:n,targetGroups:s}=this.target,a=await this.metrics.metricData(an(n,s,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:sn(e,t)},i),o=Et(a,"canary"),v=Et(a,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:o,stable:v}}};function w5(r,e,t,i){if(!t)return;let[n,s]=e.routing.targetGroups,a=_0(e.routing.productionListenerRule),o=e.weights.find(f=>f.weight>0)?.targetGroupArn??n,v=o===n?s:n;return new yt(r,{loadBalancer:a,targetGroups:{canary:v,stable:o}},t,i)}function E5(r,e,t,i){if(t<=0)return;let n=e.service.deploymentConfiguration,s=t>=100?Number.POSITIVE_INFINITY:n?.canaryConfiguration?.canaryBakeTimeInMinutes??n?.linearConfiguration?.stepBakeTimeInMinutes??0;r.begin(r.steps.length+1,t,i,i+s*6e4)}var ht=class{written=!1;denied=!1;ecs;service;log;stateOf;constructor(e,t,i,n){this.ecs=e,this.service=t,this.log=i,this.stateOf=n}async save(e,t){if(!this.denied)try{await this.ecs.tagResource(this.service.arn,F0(this.stateOf(e)),t),this.written=!0}catch(i){if(i.name!=="AccessDeniedException")throw i;this.denied=!0,this.log.warning(`the rollout record was not written on service ${this.service.name} (the role needs ecs:TagResource): ${It(i)}`)}}async saveEnding(e,t){!this.written||t||(e.status==="failed"||e.status==="rolled-back")&&await this.saveOrWarn(e.status)}async saveFinal(e){await this.save(e).catch(t=>{if(!(t instanceof h0))throw t})}async saveOrWarn(e){await this.save(e).catch(t=>this.log.warning(`the rollout record was not written: ${It(t)}`))}};function oE(r,e,t){let i=t.indexOf(r??"");if(i>=0)return i;let n={switched:"bake",succeeded:"scale-down"};return Math.max(0,t.indexOf(n[e]??"deploy"))}function T5(r,e,t){return new ht(t.ecs,t.service,e.log,i=>{let{names:n,current:s}=t.steps();return{...t.facts(i),status:i,step:oE(s??r.current,i,n),updatedAt:new Date(e.clock.now()).toISOString()}})}var uE=6e4;async function R5(r,e){let{ports:t,options:i,context:n}=r,{ecs:s}=t,{cluster:a,service:o,taskDefinition:v}=e,c=(await s.updateService({cluster:a,service:o,taskDefinition:v,desiredCount:i.desiredCount},n.signal)).deployments?.find(g=>g.status==="PRIMARY"&&g.taskDefinition===v),l=c?.createdAt??new Date(n.clock.now()),m=new Date(l.getTime()-uE),p=new Map,q=async g=>(p.has(g)||p.set(g,(await s.describeServiceRevision(g))?.taskDefinition),p.get(g)),d=Math.min(i.waitTimeoutMs,12e4),h=await Fr(async()=>{for(let g of await s.listServiceDeployments(a,o,{after:m},n.signal)){let S=g.targetServiceRevisionArn;if(g.serviceDeploymentArn&&S&&await q(S)===v)return U(g.serviceDeploymentArn)}return Sr(!1)},{clock:n.clock,intervalMs:i.pollIntervalMs,deadline:n.clock.now()+d,signal:n.signal});if(!h.done)throw new Error(`UpdateService did not start a service deployment of ${v} on ${o} within ${Se(d)}`);return{arn:h.value,deploymentId:c?.id}}function O5(r,e,t,i,n){return Fr(async()=>{let s=await r.describeServiceDeployment(e),a=s?.status??"unknown",o=t.observe("rollback",`${s?.lifecycleStage??"?"} (${a})`);return Lr.includes(a)?U(a):Sr(o)},{clock:i,intervalMs:n.pollIntervalMs,maxIntervalMs:n.pollIntervalMs,deadline:i.now()+n.waitTimeoutMs})}var St=class{rollout;seen=[];taskDefinitionArn;arn;deploymentId;weight;endedByEcs;analysis;state;options;ports;context;plan;constructor(e,t,i,n){this.options=e,this.ports=t,this.context=i,this.plan=n,this.rollout=new $0(i,e.onFailure),this.taskDefinitionArn=n.service.taskDefinition,this.analysis=w5(t.metrics,n,e.analysis,i.clock);let s=n.service,a=R0(L0(s.tags));this.state=T5(this.rollout,i,{ecs:t.ecs,service:s,steps:()=>({names:["deploy","follow"],current:this.rollout.current}),facts:o=>({taskDefinition:this.taskDefinitionArn,previousTaskDefinition:s.taskDefinition,run:e.run,action:e.rollingBack?"rollback":e.action,history:o!=="succeeded"?a:e.rollingBack?P0(a,s.taskDefinition,this.taskDefinitionArn):O0(a,this.taskDefinitionArn,s.taskDefinition)})})}async run(){let{rollout:e,state:t}=this,i=await e.run([{name:"deploy",run:()=>this.deploy()},{name:"follow",run:()=>this.follow()}]),n=i.status==="succeeded"||i.status==="rolled-back"?i.status:"failed";return t.written&&!e.isCommitted&&i.status!=="paused"&&await t.saveFinal(n),{report:await Oe(this,i),timeline:e.timeline,gates:e.gates}}async deploy(){let{options:e,ports:t,plan:i,rollout:n,context:s}=this,{cluster:a}=e,o=i.service.arn;if(i.inFlight)this.taskDefinitionArn="arn"in i.version?i.version.arn:this.taskDefinitionArn,this.arn=i.inFlight.serviceDeploymentArn,n.timeline.note("rollout",`following service deployment ${w(this.arn)}, already in flight`),i.pausedHook&&this.arn&&(await t.ecs.continueServiceDeployment(this.arn,i.pausedHook,"CONTINUE",s.signal),n.timeline.note("hook",`ContinueServiceDeployment CONTINUE sent for ${w(this.arn)}`));else{let{arn:v,registered:f}=await D0(t.ecs,i.version,s.signal);if(this.taskDefinitionArn=v,n.timeline.note("rollout",`${f?"registered":"deploying"} ${v}`),v===i.service.taskDefinition){n.say(`${i.service.name} already runs ${v}: nothing to deploy`);return}await this.state.save("deploying",s.signal);let c=await R5(this,{cluster:a,service:o,taskDefinition:v});this.arn=c.arn,this.deploymentId=c.deploymentId,n.timeline.note("rollout",`ECS started service deployment ${w(this.arn)} (${i.strategy})`)}this.deploymentId&&(n.watching={ecs:t.ecs,cluster:a,service:o,deploymentId:this.deploymentId}),n.onFailure({kind:"traffic",run:(v,f)=>this.stop(v,f)})}async follow(){let{options:e,rollout:t,context:i,arn:n}=this;if(!n)return;let s=M0(this.ports,e.healthCheckUrl,e.pollIntervalMs),a=b0(this.ports,e.verifyCommand,{ROLLOUT_SERVICE:this.plan.service.name,ROLLOUT_SERVICE_DEPLOYMENT_ARN:n,ROLLOUT_TASK_DEFINITION_ARN:this.taskDefinitionArn}),o=[...s];e.alarms.length>0&&o.push(new S0(this.ports.cloudwatch,e.alarms)),this.analysis&&o.push(this.analysis);let v=await t.timed("follow",()=>K0({ecs:this.ports.ecs,arn:n,timeline:t.timeline,clock:i.clock,signal:i.signal,intervalMs:e.pollIntervalMs,deadline:i.clock.now()+e.waitTimeoutMs+en(this.plan),verify:[s,a?[a]:[]],watch:o,gateContext:{tasks:async()=>{let{deploymentId:c}=this;return c?this.ports.ecs.deploymentTasks(e.cluster,this.plan.service.arn,c):[]},expectedCount:e.desiredCount??this.plan.service.desiredCount},onStage:c=>this.onStage(c),onWeight:c=>this.onWeight(c),onReports:(c,l)=>t.keep(c,l),onPause:c=>this.onPause(c),answered:this.plan.pausedHook?[this.plan.pausedHook]:[]},this.seen));if(v.ok&&v.paused){await this.state.save("paused",i.signal);let c=v.paused.verified?" after passing the verify gates":"";return{status:"paused",reason:`ECS holds service deployment ${w(n)} of ${this.taskDefinitionArn} at its PAUSE hook during ${v.paused.stage}${c}; production traffic stays on ${this.plan.service.taskDefinition} until mode promote`}}if(v.ok){t.commit(),await this.state.saveOrWarn("succeeded"),t.say(`${v.reason}; ${this.plan.service.name} serves ${this.taskDefinitionArn}`);return}if(v.cause==="ecs")throw this.endedByEcs=v.deployment,new Ae({ok:!1,cause:"circuit-breaker",reason:v.reason});if(v.cause==="timeout")throw new Ae(v);let f=`during ${v.stage} of service deployment ${w(n)}`;throw new Ae({ok:!1,cause:"gate",gate:v.gate,reason:v.reason},f)}async onPause(e){return this.options.mode==="deploy"?"hold":(await this.ports.ecs.continueServiceDeployment(this.arn,e.hookId,"CONTINUE",this.context.signal),this.rollout.timeline.note("hook","ContinueServiceDeployment CONTINUE sent: every gate passed"),"continue")}async onStage(e){Kr.indexOf(e)===jr+1&&await this.state.save("switched",this.context.signal)}onWeight(e){this.weight=e,this.analysis&&E5(this.analysis,this.plan,e,this.context.clock.now())}async stop(e,t){let i=this.endedByEcs;if(i){let o=i.status==="ROLLBACK_SUCCESSFUL";return{said:o?"; ECS rolled the service back to its previous revision":"",restored:o}}if(e.cause==="timeout"&&t.stop)return{said:" (on-failure: stop: ECS carries on)"};if(t.stop)return{said:" (on-failure: stop: the deployment goes on as ECS runs it)"};let{ecs:n}=this.ports,s=this.arn;if(await n.stopServiceDeployment(s),this.rollout.timeline.note("rollback",`StopServiceDeployment ROLLBACK sent for ${w(s)}`),t.cancelled)return{said:"; ECS was asked to roll back (not awaited)"};let a=await this.rollout.timed("rollback",()=>O5(n,s,this.rollout.timeline,this.context.clock,this.options));return a.done?a.value!=="ROLLBACK_SUCCESSFUL"?{said:`; the rollback ended with ${a.value}`}:{said:`; ECS rolled the service back to ${this.plan.service.taskDefinition}`,restored:!0}:{said:`; the rollback of ${w(s)} did not end within wait-timeout`}}};async function P5(r,e,t){let i=new St(r,e,t,await Re(r,e));return r.mode==="abort"?nn(i):i.run()}var ik={...Y0,blueService:Yr("blue-service",Ne("service")),greenService:Yr("green-service",Ne("service")),listenerRule:Yr("listener-rule",Q0),service:Yr("service",Ne("service"))},F5=["blue-service","green-service","listener-rule"];function nk(r){let e=[r.blueService,r.greenService,r.listenerRule],t=F5.filter((i,n)=>!e[n]);if(t.length>0)throw Zr(t.map(i=>`${i} is required (or service, for a service whose ECS deployment strategy is not ROLLING)`));return r}function sk(r,e){return Jr("service").trim()?e():r()}function ak(r,e,t,i,n,s=process.env){let o=[...[...F5,"test-listener-rule"].map(l=>({name:l,default:void 0})),...i].filter(l=>{let m=t(l.name).trim();return m!==""&&m!==l.default}).map(l=>l.name);if(o.length>0)throw Zr(o.map(l=>`${l} is not used with service (ECS runs the deployment from the service's own configuration)`));let v=e.mode??"full",f=X0(e,s.GITHUB_WORKSPACE??"."),c=v==="promote"||v==="abort";if(c&&f&&!(v==="promote"&&f.kind==="arn"))throw Zr([`mode ${v} acts on the service deployment in flight: give no new version (task-definition-arn may name it with promote, as a check)`]);if(!c&&!f)throw Zr([`task-definition, task-definition-arn or image (with container) is required with mode ${v}`]);return{action:r,cluster:e.cluster,service:e.service,mode:v,taskDefinition:c?void 0:f,expectedTaskDefinitionArn:v==="promote"?e.taskDefinitionArn:void 0,allowFamilyChange:e.allowFamilyChange,desiredCount:e.desiredCount,alarms:e.alarms,healthCheckUrl:e.healthCheckUrl,verifyCommand:e.verifyCommand,analysis:n,waitTimeoutMs:e.waitTimeout,pollIntervalMs:e.pollInterval,onFailure:e.onFailure,run:V0(s),lockTimeoutMs:e.lockTimeout}}function ok(r,e,t,i){return{name:e,id:r,lock:(n,s)=>z0(s,n.cluster,n.service),check:Re,options:t,deploy:P5,title:n=>`${e} of ${n.service} (ECS ${n.strategy})`,outputs:i,facts:n=>[["Cluster",n.cluster],["Service",n.service],["Strategy",`ECS ${n.strategy}`],["Service deployment",n.serviceDeploymentArn],["Stages",n.stages.map(s=>`${s.stage} (+${s.atSeconds}s)`).join(" \u2192 ")||void 0],["Live target group",n.liveColor],["Task definition",n.taskDefinitionArn],["Previous task definition",n.previousTaskDefinitionArn]]}}async function uk(r={},e=()=>{}){let t=Jr("cluster").trim(),i=Jr("service").trim();if(!t||!i)return{native:!1,overrides:r};let n=r.clients??U0(),s=B0(W0(n.ecs)),a={...r,clients:n,ecsBeforeLock:s};try{e(f=>Jr(f));let{found:[o]}=await s.describeServicesWithTags(t,[i]);return{native:o!==void 0&&we(o)!==void 0&&Ee(o)!==void 0,overrides:a}}catch{return{native:!1,overrides:a}}}export{T5 as a,j0 as b,z0 as c,b5 as d,Re as e,nn as f,or as g,on as h,yt as i,St as j,P5 as k,ik as l,nk as m,sk as n,ak as o,ok as p,uk as q};
/*! Bundled license information:

@stdlib/utils-define-property/lib/define_property.js:
@stdlib/utils-define-property/lib/has_define_property_support.js:
@stdlib/math-base-special-abs/lib/main.js:
@stdlib/array-base-filled/lib/main.js:
@stdlib/array-base-filled/lib/index.js:
@stdlib/array-base-zeros/lib/main.js:
@stdlib/array-base-zeros/lib/index.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2021 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/utils-define-property/lib/builtin.js:
@stdlib/utils-define-property/lib/polyfill.js:
@stdlib/utils-define-property/lib/index.js:
@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js:
@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js:
@stdlib/math-base-special-floor/lib/main.js:
@stdlib/math-base-special-floor/lib/index.js:
@stdlib/math-base-assert-is-nonnegative-integer/lib/main.js:
@stdlib/math-base-assert-is-nonnegative-integer/lib/index.js:
@stdlib/math-base-assert-is-nan/lib/main.js:
@stdlib/math-base-assert-is-nan/lib/index.js:
@stdlib/assert-has-symbol-support/lib/main.js:
@stdlib/assert-has-symbol-support/lib/index.js:
@stdlib/assert-has-tostringtag-support/lib/main.js:
@stdlib/assert-has-tostringtag-support/lib/index.js:
@stdlib/utils-native-class/lib/tostring.js:
@stdlib/utils-native-class/lib/main.js:
@stdlib/assert-has-own-property/lib/main.js:
@stdlib/assert-has-own-property/lib/index.js:
@stdlib/symbol-ctor/lib/main.js:
@stdlib/symbol-ctor/lib/index.js:
@stdlib/utils-native-class/lib/tostringtag.js:
@stdlib/utils-native-class/lib/polyfill.js:
@stdlib/utils-native-class/lib/index.js:
@stdlib/assert-is-uint32array/lib/main.js:
@stdlib/assert-is-uint32array/lib/index.js:
@stdlib/constants-uint32-max/lib/index.js:
@stdlib/assert-has-uint32array-support/lib/uint32array.js:
@stdlib/assert-has-uint32array-support/lib/main.js:
@stdlib/assert-has-uint32array-support/lib/index.js:
@stdlib/array-uint32/lib/main.js:
@stdlib/array-uint32/lib/polyfill.js:
@stdlib/array-uint32/lib/index.js:
@stdlib/assert-is-float64array/lib/main.js:
@stdlib/assert-is-float64array/lib/index.js:
@stdlib/assert-has-float64array-support/lib/float64array.js:
@stdlib/assert-has-float64array-support/lib/main.js:
@stdlib/assert-has-float64array-support/lib/index.js:
@stdlib/array-float64/lib/main.js:
@stdlib/array-float64/lib/polyfill.js:
@stdlib/array-float64/lib/index.js:
@stdlib/assert-is-uint8array/lib/main.js:
@stdlib/assert-is-uint8array/lib/index.js:
@stdlib/constants-uint8-max/lib/index.js:
@stdlib/assert-has-uint8array-support/lib/uint8array.js:
@stdlib/assert-has-uint8array-support/lib/main.js:
@stdlib/assert-has-uint8array-support/lib/index.js:
@stdlib/array-uint8/lib/main.js:
@stdlib/array-uint8/lib/polyfill.js:
@stdlib/array-uint8/lib/index.js:
@stdlib/assert-is-uint16array/lib/main.js:
@stdlib/assert-is-uint16array/lib/index.js:
@stdlib/constants-uint16-max/lib/index.js:
@stdlib/assert-has-uint16array-support/lib/uint16array.js:
@stdlib/assert-has-uint16array-support/lib/main.js:
@stdlib/assert-has-uint16array-support/lib/index.js:
@stdlib/array-uint16/lib/main.js:
@stdlib/array-uint16/lib/polyfill.js:
@stdlib/array-uint16/lib/index.js:
@stdlib/assert-is-little-endian/lib/ctors.js:
@stdlib/assert-is-little-endian/lib/main.js:
@stdlib/assert-is-little-endian/lib/index.js:
@stdlib/number-float64-base-get-high-word/lib/high.js:
@stdlib/number-float64-base-get-high-word/lib/main.js:
@stdlib/number-float64-base-get-high-word/lib/index.js:
@stdlib/number-float64-base-set-high-word/lib/high.js:
@stdlib/number-float64-base-set-high-word/lib/main.js:
@stdlib/number-float64-base-set-high-word/lib/index.js:
@stdlib/number-float64-base-from-words/lib/indices.js:
@stdlib/number-float64-base-from-words/lib/main.js:
@stdlib/number-float64-base-from-words/lib/index.js:
@stdlib/constants-float64-pinf/lib/index.js:
@stdlib/number-ctor/lib/main.js:
@stdlib/number-ctor/lib/index.js:
@stdlib/constants-float64-ninf/lib/index.js:
@stdlib/constants-float64-exponent-bias/lib/index.js:
@stdlib/constants-float64-half-ln-two/lib/index.js:
@stdlib/math-base-special-expm1/lib/index.js:
@stdlib/math-base-special-log1p/lib/index.js:
@stdlib/math-base-special-sqrt/lib/main.js:
@stdlib/math-base-special-sqrt/lib/index.js:
@stdlib/constants-float64-fourth-pi/lib/index.js:
@stdlib/math-base-special-asin/lib/index.js:
@stdlib/math-base-special-abs/lib/index.js:
@stdlib/math-base-special-ceil/lib/main.js:
@stdlib/math-base-special-ceil/lib/index.js:
@stdlib/math-base-special-trunc/lib/main.js:
@stdlib/math-base-special-trunc/lib/index.js:
@stdlib/constants-float64-max-base2-exponent/lib/index.js:
@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js:
@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js:
@stdlib/math-base-assert-is-infinite/lib/main.js:
@stdlib/math-base-assert-is-infinite/lib/index.js:
@stdlib/number-float64-base-to-words/lib/indices.js:
@stdlib/number-float64-base-to-words/lib/assign.js:
@stdlib/number-float64-base-to-words/lib/main.js:
@stdlib/number-float64-base-to-words/lib/index.js:
@stdlib/math-base-special-copysign/lib/main.js:
@stdlib/math-base-special-copysign/lib/index.js:
@stdlib/constants-float64-smallest-normal/lib/index.js:
@stdlib/number-float64-base-normalize/lib/assign.js:
@stdlib/number-float64-base-normalize/lib/main.js:
@stdlib/number-float64-base-normalize/lib/index.js:
@stdlib/constants-float64-high-word-exponent-mask/lib/index.js:
@stdlib/number-float64-base-exponent/lib/main.js:
@stdlib/number-float64-base-exponent/lib/index.js:
@stdlib/math-base-special-ldexp/lib/main.js:
@stdlib/math-base-special-ldexp/lib/index.js:
@stdlib/math-base-special-exp/lib/index.js:
@stdlib/math-base-assert-is-integer/lib/main.js:
@stdlib/math-base-assert-is-integer/lib/index.js:
@stdlib/math-base-assert-is-even/lib/main.js:
@stdlib/math-base-assert-is-even/lib/index.js:
@stdlib/math-base-assert-is-odd/lib/main.js:
@stdlib/math-base-assert-is-odd/lib/index.js:
@stdlib/number-float64-base-set-low-word/lib/low.js:
@stdlib/number-float64-base-set-low-word/lib/main.js:
@stdlib/number-float64-base-set-low-word/lib/index.js:
@stdlib/number-uint32-base-to-int32/lib/main.js:
@stdlib/number-uint32-base-to-int32/lib/index.js:
@stdlib/math-base-special-pow/lib/y_is_infinite.js:
@stdlib/constants-float64-ln-two/lib/index.js:
@stdlib/constants-float64-high-word-significand-mask/lib/index.js:
@stdlib/math-base-special-pow/lib/index.js:
@stdlib/constants-float64-e/lib/index.js:
@stdlib/constants-float64-eps/lib/index.js:
@stdlib/math-base-special-beta/lib/index.js:
@stdlib/math-base-assert-is-positive-zero/lib/main.js:
@stdlib/math-base-assert-is-positive-zero/lib/index.js:
@stdlib/math-base-special-max/lib/main.js:
@stdlib/math-base-special-max/lib/index.js:
@stdlib/math-base-assert-is-negative-zero/lib/main.js:
@stdlib/math-base-assert-is-negative-zero/lib/index.js:
@stdlib/math-base-special-min/lib/main.js:
@stdlib/math-base-special-min/lib/index.js:
@stdlib/constants-float64-max/lib/index.js:
@stdlib/constants-int32-max/lib/index.js:
@stdlib/constants-float64-half-pi/lib/index.js:
@stdlib/constants-float64-pi/lib/index.js:
@stdlib/math-base-special-kernel-cos/lib/index.js:
@stdlib/math-base-special-kernel-sin/lib/index.js:
@stdlib/number-float64-base-get-low-word/lib/low.js:
@stdlib/number-float64-base-get-low-word/lib/main.js:
@stdlib/number-float64-base-get-low-word/lib/index.js:
@stdlib/math-base-special-round/lib/main.js:
@stdlib/math-base-special-round/lib/index.js:
@stdlib/math-base-special-rempio2/lib/index.js:
@stdlib/math-base-special-sin/lib/index.js:
@stdlib/constants-float64-sqrt-two-pi/lib/index.js:
@stdlib/constants-float64-eulergamma/lib/index.js:
@stdlib/math-base-special-gamma/lib/index.js:
@stdlib/math-base-special-factorial/lib/main.js:
@stdlib/math-base-special-factorial/lib/index.js:
@stdlib/math-base-special-gamma-lanczos-sum/lib/index.js:
@stdlib/constants-float64-gamma-lanczos-g/lib/index.js:
@stdlib/math-base-special-gamma-delta-ratio/lib/index.js:
@stdlib/math-base-special-ln/lib/index.js:
@stdlib/math-base-special-cos/lib/index.js:
@stdlib/math-base-special-sinpi/lib/main.js:
@stdlib/math-base-special-sinpi/lib/index.js:
@stdlib/math-base-special-gammaln/lib/index.js:
@stdlib/constants-float64-max-ln/lib/index.js:
@stdlib/constants-float64-sqrt-eps/lib/index.js:
@stdlib/utils-eval/lib/index.js:
@stdlib/assert-has-generator-support/lib/main.js:
@stdlib/assert-has-generator-support/lib/index.js:
@stdlib/math-base-tools-sum-series/lib/generators.js:
@stdlib/math-base-tools-sum-series/lib/basic.js:
@stdlib/math-base-tools-sum-series/lib/index.js:
@stdlib/math-base-special-erfc/lib/index.js:
@stdlib/constants-float64-min-ln/lib/index.js:
@stdlib/math-base-tools-evalpoly/lib/main.js:
@stdlib/math-base-tools-evalpoly/lib/factory.js:
@stdlib/math-base-tools-evalpoly/lib/index.js:
@stdlib/constants-float64-two-pi/lib/index.js:
@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/index.js:
@stdlib/math-base-special-powm1/lib/index.js:
@stdlib/math-base-special-gamma1pm1/lib/index.js:
@stdlib/constants-float32-smallest-normal/lib/index.js:
@stdlib/math-base-tools-continued-fraction/lib/generators.js:
@stdlib/math-base-tools-continued-fraction/lib/basic.js:
@stdlib/math-base-tools-continued-fraction/lib/index.js:
@stdlib/math-base-special-gammainc/lib/index.js:
@stdlib/math-base-special-maxabs/lib/main.js:
@stdlib/math-base-special-maxabs/lib/index.js:
@stdlib/math-base-special-minabs/lib/main.js:
@stdlib/math-base-special-minabs/lib/index.js:
@stdlib/constants-float64-max-safe-integer/lib/index.js:
@stdlib/math-base-special-gcd/lib/bitwise_binary_gcd.js:
@stdlib/math-base-special-gcd/lib/binary_gcd.js:
@stdlib/math-base-special-gcd/lib/main.js:
@stdlib/math-base-special-gcd/lib/index.js:
@stdlib/math-base-special-binomcoef/lib/main.js:
@stdlib/math-base-special-binomcoef/lib/index.js:
@stdlib/math-base-special-kernel-betainc/lib/main.js:
@stdlib/math-base-special-kernel-betainc/lib/index.js:
@stdlib/math-base-special-betainc/lib/main.js:
@stdlib/math-base-special-betainc/lib/index.js:
@stdlib/stats-base-dists-binomial-cdf/lib/main.js:
@stdlib/utils-constant-function/lib/main.js:
@stdlib/utils-constant-function/lib/index.js:
@stdlib/stats-base-dists-binomial-cdf/lib/factory.js:
@stdlib/stats-base-dists-binomial-cdf/lib/index.js:
@stdlib/math-base-assert-is-negative-integer/lib/main.js:
@stdlib/math-base-assert-is-negative-integer/lib/index.js:
@stdlib/math-base-special-factorialln/lib/main.js:
@stdlib/math-base-special-factorialln/lib/index.js:
@stdlib/stats-base-dists-hypergeometric-pmf/lib/main.js:
@stdlib/stats-base-dists-hypergeometric-pmf/lib/factory.js:
@stdlib/stats-base-dists-hypergeometric-pmf/lib/index.js:
@stdlib/stats-base-dists-hypergeometric-cdf/lib/sum.js:
@stdlib/stats-base-dists-hypergeometric-cdf/lib/main.js:
@stdlib/stats-base-dists-hypergeometric-cdf/lib/factory.js:
@stdlib/stats-base-dists-hypergeometric-cdf/lib/index.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/string-base-format-interpolate/lib/is_number.js:
@stdlib/string-base-format-interpolate/lib/zero_pad.js:
@stdlib/string-base-format-interpolate/lib/format_integer.js:
@stdlib/string-base-format-interpolate/lib/is_string.js:
@stdlib/string-base-format-interpolate/lib/format_double.js:
@stdlib/string-base-format-interpolate/lib/space_pad.js:
@stdlib/string-base-format-interpolate/lib/main.js:
@stdlib/string-base-format-interpolate/lib/index.js:
@stdlib/string-base-format-tokenize/lib/main.js:
@stdlib/string-base-format-tokenize/lib/index.js:
@stdlib/string-format/lib/is_string.js:
@stdlib/string-format/lib/main.js:
@stdlib/string-format/lib/index.js:
@stdlib/math-base-special-expm1/lib/polyval_q.js:
@stdlib/math-base-special-log1p/lib/polyval_lp.js:
@stdlib/math-base-special-asin/lib/rational_pq.js:
@stdlib/math-base-special-asin/lib/rational_rs.js:
@stdlib/constants-float64-high-word-sign-mask/lib/index.js:
@stdlib/constants-float64-high-word-abs-mask/lib/index.js:
@stdlib/math-base-special-exp/lib/polyval_p.js:
@stdlib/math-base-special-kernel-cos/lib/polyval_c13.js:
@stdlib/math-base-special-kernel-cos/lib/polyval_c46.js:
@stdlib/math-base-special-ln/lib/polyval_p.js:
@stdlib/math-base-special-ln/lib/polyval_q.js:
@stdlib/math-base-special-erfc/lib/polyval_pp.js:
@stdlib/math-base-special-erfc/lib/polyval_qq.js:
@stdlib/math-base-special-erfc/lib/polyval_pa.js:
@stdlib/math-base-special-erfc/lib/polyval_qa.js:
@stdlib/math-base-special-erfc/lib/polyval_ra.js:
@stdlib/math-base-special-erfc/lib/polyval_sa.js:
@stdlib/math-base-special-erfc/lib/polyval_rb.js:
@stdlib/math-base-special-erfc/lib/polyval_sb.js:
@stdlib/function-ctor/lib/main.js:
@stdlib/function-ctor/lib/index.js:
@stdlib/math-base-special-gammainc/lib/polyval_c0.js:
@stdlib/math-base-special-gammainc/lib/polyval_c1.js:
@stdlib/math-base-special-gammainc/lib/polyval_c2.js:
@stdlib/math-base-special-gammainc/lib/polyval_c3.js:
@stdlib/math-base-special-gammainc/lib/polyval_c4.js:
@stdlib/math-base-special-gammainc/lib/polyval_c5.js:
@stdlib/math-base-special-gammainc/lib/polyval_c6.js:
@stdlib/math-base-special-gammainc/lib/polyval_c7.js:
@stdlib/math-base-special-gammainc/lib/polyval_c8.js:
@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/rational_pq.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2022 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/math-base-special-expm1/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-log1p/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-asin/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright 1984, 1995, 2000 by Stephen L. Moshier
  *
  * Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
  *
  * Stephen L. Moshier
  * moshier@na-net.ornl.gov
  * ```
  *)

@stdlib/math-base-special-exp/lib/expmulti.js:
@stdlib/math-base-special-exp/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (c) 2009 The Go Authors. All rights reserved.
  *
  * Redistribution and use in source and binary forms, with or without
  * modification, are permitted provided that the following conditions are
  * met:
  *
  *    * Redistributions of source code must retain the above copyright
  * notice, this list of conditions and the following disclaimer.
  *    * Redistributions in binary form must reproduce the above
  * copyright notice, this list of conditions and the following disclaimer
  * in the documentation and/or other materials provided with the
  * distribution.
  *    * Neither the name of Google Inc. nor the names of its
  * contributors may be used to endorse or promote products derived from
  * this software without specific prior written permission.
  *
  * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
  * "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
  * LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
  * A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
  * OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
  * SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
  * LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
  * DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
  * THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
  * (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
  * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
  * ```
  *
  * ```text
  * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-pow/lib/x_is_zero.js:
@stdlib/math-base-special-pow/lib/y_is_huge.js:
@stdlib/math-base-special-pow/lib/log2ax.js:
@stdlib/math-base-special-pow/lib/logx.js:
@stdlib/math-base-special-pow/lib/pow2.js:
@stdlib/math-base-special-pow/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/constants-float64-num-high-word-significand-bits/lib/index.js:
@stdlib/math-base-special-pow/lib/polyval_l.js:
@stdlib/math-base-special-pow/lib/polyval_w.js:
@stdlib/math-base-special-pow/lib/polyval_p.js:
@stdlib/math-base-special-beta/lib/lanczos_sum_expg_scaled.js:
@stdlib/math-base-special-gamma/lib/polyval_s.js:
@stdlib/math-base-special-gamma/lib/rational_pq.js:
@stdlib/math-base-special-gamma-lanczos-sum/lib/rational_pq.js:
@stdlib/math-base-special-gammaln/lib/polyval_a1.js:
@stdlib/math-base-special-gammaln/lib/polyval_a2.js:
@stdlib/math-base-special-gammaln/lib/polyval_r.js:
@stdlib/math-base-special-gammaln/lib/polyval_s.js:
@stdlib/math-base-special-gammaln/lib/polyval_t1.js:
@stdlib/math-base-special-gammaln/lib/polyval_t2.js:
@stdlib/math-base-special-gammaln/lib/polyval_t3.js:
@stdlib/math-base-special-gammaln/lib/polyval_u.js:
@stdlib/math-base-special-gammaln/lib/polyval_v.js:
@stdlib/math-base-special-gammaln/lib/polyval_w.js:
@stdlib/math-base-special-gamma1pm1/lib/rational_p1q1.js:
@stdlib/math-base-special-gamma1pm1/lib/rational_p2q2.js:
@stdlib/math-base-special-gamma1pm1/lib/rational_p3q3.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2024 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/math-base-special-beta/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-kernel-cos/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-kernel-sin/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-rempio2/lib/kernel_rempio2.js:
@stdlib/math-base-special-rempio2/lib/rempio2_medium.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-rempio2/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  *
  * Optimized by Bruce D. Evans.
  * ```
  *)

@stdlib/math-base-special-sin/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-gamma/lib/stirling_approximation.js:
@stdlib/math-base-special-gamma/lib/small_approximation.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
  *
  * Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
  *
  * Stephen L. Moshier
  * moshier@na-net.ornl.gov
  * ```
  *)

@stdlib/math-base-special-gamma/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
  *
  * Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
  *
  * Stephen L. Moshier
  * moshier@na-net.ornl.gov
  * ```
  *)

@stdlib/constants-float64-max-nth-factorial/lib/index.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2025 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/math-base-special-gamma-lanczos-sum/lib/main.js:
@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * Copyright John Maddock 2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-gamma-delta-ratio/lib/gamma_delta_ratio_lanczos.js:
@stdlib/math-base-special-gamma-delta-ratio/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * Copyright John Maddock 2006-7, 2013-14.
  * Copyright Paul A. Bristow 2007, 2013-14.
  * Copyright Nikhar Agrawal 2013-14.
  * Copyright Christopher Kormanyos 2013-14.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-ln/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-cos/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-gammaln/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x_series.js:
@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x.js:
@stdlib/math-base-special-gammainc/lib/igamma_final.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2025 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  * (C) Copyright Paul A. Bristow 2007.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-gammainc/lib/finite_gamma_q.js:
@stdlib/math-base-special-gammainc/lib/finite_half_gamma_q.js:
@stdlib/math-base-special-gammainc/lib/full_igamma_prefix.js:
@stdlib/math-base-special-gammainc/lib/igamma_temme_large.js:
@stdlib/math-base-special-gammainc/lib/lower_incomplete_gamma_series.js:
@stdlib/math-base-special-gammainc/lib/lower_gamma_series.js:
@stdlib/math-base-special-gammainc/lib/small_gamma2_series.js:
@stdlib/math-base-special-gammainc/lib/tgamma_small_upper_part.js:
@stdlib/math-base-special-gammainc/lib/upper_incomplete_gamma_fract.js:
@stdlib/math-base-special-gammainc/lib/upper_gamma_fraction.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  * (C) Copyright Paul A. Bristow 2007.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-erfc/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
  *
  * Developed at SunPro, a Sun Microsystems, Inc. business.
  * Permission to use, copy, modify, and distribute this
  * software is freely granted, provided that this notice
  * is preserved.
  * ```
  *)

@stdlib/math-base-special-log1pmx/lib/log1p_series.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2023 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2005-2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  *)

@stdlib/math-base-special-log1pmx/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2023 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2005-2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-log1pmx/lib/index.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2023 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *)

@stdlib/math-base-special-gammainc/lib/regularised_gamma_prefix.js:
@stdlib/math-base-special-kernel-betainc/lib/regularized_gamma_prefix.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * Copyright John Maddock 2006-7, 2013-14.
  * Copyright Paul A. Bristow 2007, 2013-14.
  * Copyright Nikhar Agrawal 2013-14.
  * Copyright Christopher Kormanyos 2013-14.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-powm1/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-gamma1pm1/lib/lgamma_small_imp.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006-7, 2013-14.
  * (C) Copyright Paul A. Bristow 2007, 2013-14.
  * (C) Copyright Nikhar Agrawal 2013-14.
  * (C) Copyright Christopher Kormanyos 2013-14.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-gamma1pm1/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006-7, 2013-14.
  * (C) Copyright Paul A. Bristow 2007, 2013-14.
  * (C) Copyright Nikhar Agrawal 2013-14.
  * (C) Copyright Christopher Kormanyos 2013-14.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-gammainc/lib/main.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006-7, 2013-14.
  * (C) Copyright Paul A. Bristow 2007, 2013-14.
  * (C) Copyright Nikhar Agrawal 2013-14.
  * (C) Christopher Kormanyos 2013-14.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-kernel-betainc/lib/full_igamma_prefix.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  * (C) Copyright Paul A. Bristow 2007.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-kernel-betainc/lib/beta_small_b_large_a_series.js:
@stdlib/math-base-special-kernel-betainc/lib/ibeta_fraction2.js:
@stdlib/math-base-special-kernel-betainc/lib/binomial_ccdf.js:
@stdlib/math-base-special-kernel-betainc/lib/ibeta_a_step.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-kernel-betainc/lib/rising_factorial_ratio.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-kernel-betainc/lib/ibeta_power_terms.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-kernel-betainc/lib/ibeta_series.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)

@stdlib/math-base-special-kernel-betainc/lib/assign.js:
  (**
  * @license Apache-2.0
  *
  * Copyright (c) 2018 The Stdlib Authors.
  *
  * Licensed under the Apache License, Version 2.0 (the "License");
  * you may not use this file except in compliance with the License.
  * You may obtain a copy of the License at
  *
  *    http://www.apache.org/licenses/LICENSE-2.0
  *
  * Unless required by applicable law or agreed to in writing, software
  * distributed under the License is distributed on an "AS IS" BASIS,
  * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  * See the License for the specific language governing permissions and
  * limitations under the License.
  *
  *
  * ## Notice
  *
  * The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
  *
  * ```text
  * (C) Copyright John Maddock 2006.
  * (C) Copyright Paul A. Bristow 2007.
  *
  * Use, modification and distribution are subject to the
  * Boost Software License, Version 1.0. (See accompanying file
  * LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
  * ```
  *)
*/
