import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as S0,b as I0,d as M0,e as H0,g as Ae,h as $0}from"./chunk-YDXJVMUS.js";import{C as w0,D as U,Da as Ne,E as Sr,F as Fr,G as T0,H as O0,I as R0,J as P0,Ja as X0,Ka as V0,La as Q0,N as F0,Na as Y0,O as L0,P as C0,Z as k0,_ as At,b as Se,ba as D0,d as ar,f as h0,g as It,ga as Ie,h as K,j as Zr,ka as G0,m as Jr,pa as b0,ta as Kr,ua as U0,v as A0,va as W0,w as N0,x as _0,y as E0,ya as B0}from"./chunk-3RKFTX6Y.js";import{b as u,c as y0}from"./chunk-XTI4HEAM.js";var vn=u((Mw,un)=>{"use strict";var W5=typeof Object.defineProperty=="function"?Object.defineProperty:null;un.exports=W5});var fn=u((Hw,cn)=>{"use strict";var B5=vn();function X5(){try{return B5({},"x",{}),!0}catch{return!1}}cn.exports=X5});var pn=u((bw,ln)=>{"use strict";var V5=Object.defineProperty;ln.exports=V5});var Tt=u(($w,mn)=>{"use strict";function Q5(r){return typeof r=="number"}mn.exports=Q5});var Ot=u((Uw,qn)=>{"use strict";function Y5(r){return r[0]==="-"}function dn(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function Z5(r,e,t){var i=!1,n=e-r.length;return n<0||(Y5(r)&&(i=!0,r=r.substr(1)),r=t?r+dn(n):dn(n)+r,i&&(r="-"+r)),r}qn.exports=Z5});var Sn=u((Ww,hn)=>{"use strict";var J5=Tt(),gn=Ot(),K5=String.prototype.toLowerCase,yn=String.prototype.toUpperCase;function j5(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!J5(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=gn(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=gn(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===yn.call(r.specifier)?yn.call(t):K5.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}hn.exports=j5});var An=u((Bw,In)=>{"use strict";function z5(r){return typeof r=="string"}In.exports=z5});var En=u((Xw,_n)=>{"use strict";var x5=Math.abs,r7=String.prototype.toLowerCase,Nn=String.prototype.toUpperCase,Ir=String.prototype.replace,e7=/e\+(\d)$/,t7=/e-(\d)$/,i7=/^(\d+)$/,n7=/^(\d+)e/,s7=/\.0$/,a7=/\.0*e/,o7=/(\..*[^0])0*e/;function u7(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":x5(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=Ir.call(i,o7,"$1e"),i=Ir.call(i,a7,"e"),i=Ir.call(i,s7,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=Ir.call(i,e7,"e+0$1"),i=Ir.call(i,t7,"e-0$1"),e.alternate&&(i=Ir.call(i,i7,"$1."),i=Ir.call(i,n7,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===Nn.call(e.specifier)?Nn.call(i):r7.call(i),i}_n.exports=u7});var On=u((Vw,Tn)=>{"use strict";function wn(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function v7(r,e,t){var i=e-r.length;return i<0||(r=t?r+wn(i):wn(i)+r),r}Tn.exports=v7});var Pn=u((Qw,Rn)=>{"use strict";var c7=Sn(),f7=An(),l7=Tt(),p7=En(),m7=On(),d7=Ot(),q7=String.fromCharCode,g7=Array.isArray;function Pe(r){return r!==r}function y7(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function h7(r){var e,t,i,n,s,a,o,v,f,c;if(!g7(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(a="",o=1,f=0;f<r.length;f++)if(i=r[f],f7(i))a+=i;else{if(e=i.precision!==void 0,i=y7(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+f+"`. Value: `"+i+"`.");for(i.mapping&&(o=i.mapping),t=i.flags,c=0;c<t.length;c++)switch(n=t.charAt(c),n){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+n)}if(i.width==="*"){if(i.width=parseInt(arguments[o],10),o+=1,Pe(i.width))throw new TypeError("the argument for * width at position "+o+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[o],10),o+=1,Pe(i.precision))throw new TypeError("the argument for * precision at position "+o+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[o],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=c7(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!Pe(i.arg)){if(s=parseInt(i.arg,10),s<0||s>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=Pe(s)?String(i.arg):q7(s)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!l7(i.arg))throw new Error("invalid floating-point number. Value: "+a);v=i.arg,i.padZeros=!1}i.arg=p7(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=d7(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=m7(i.arg,i.width,i.padRight)),a+=i.arg||"",o+=1}return a}Rn.exports=h7});var Ln=u((Yw,Fn)=>{"use strict";var S7=Pn();Fn.exports=S7});var kn=u((Zw,Cn)=>{"use strict";var Fe=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function I7(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function A7(r){var e,t,i,n;for(t=[],n=0,i=Fe.exec(r);i;)e=r.slice(n,Fe.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(I7(i)),n=Fe.lastIndex,i=Fe.exec(r);return e=r.slice(n),e.length&&t.push(e),t}Cn.exports=A7});var Gn=u((Jw,Dn)=>{"use strict";var N7=kn();Dn.exports=N7});var Hn=u((Kw,Mn)=>{"use strict";function _7(r){return typeof r=="string"}Mn.exports=_7});var Un=u((jw,$n)=>{"use strict";var E7=Ln(),w7=Gn(),T7=Hn();function bn(r){var e,t;if(!T7(r))throw new TypeError(bn("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[w7(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return E7.apply(null,e)}$n.exports=bn});var Bn=u((zw,Wn)=>{"use strict";var O7=Un();Wn.exports=O7});var Jn=u((xw,Zn)=>{"use strict";var Xn=Bn(),kr=Object.prototype,Vn=kr.toString,Qn=kr.__defineGetter__,Yn=kr.__defineSetter__,R7=kr.__lookupGetter__,P7=kr.__lookupSetter__;function F7(r,e,t){var i,n,s,a;if(typeof r!="object"||r===null||Vn.call(r)==="[object Array]")throw new TypeError(Xn("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||Vn.call(t)==="[object Array]")throw new TypeError(Xn("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(n="value"in t,n&&(R7.call(r,e)||P7.call(r,e)?(i=r.__proto__,r.__proto__=kr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),s="get"in t,a="set"in t,n&&(s||a))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return s&&Qn&&Qn.call(r,e,t.get),a&&Yn&&Yn.call(r,e,t.set),r}Zn.exports=F7});var jn=u((rT,Kn)=>{"use strict";var L7=fn(),C7=pn(),k7=Jn(),Rt;L7()?Rt=C7:Rt=k7;Kn.exports=Rt});var xn=u((eT,zn)=>{"use strict";var D7=jn();function G7(r,e,t){D7(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}zn.exports=G7});var ur=u((tT,rs)=>{"use strict";var M7=xn();rs.exports=M7});var ts=u((iT,es)=>{"use strict";var H7=Math.floor;es.exports=H7});var R=u((nT,is)=>{"use strict";var b7=ts();is.exports=b7});var ss=u((sT,ns)=>{"use strict";var $7=R();function U7(r){return $7(r)===r&&r>=0}ns.exports=U7});var Ar=u((aT,as)=>{"use strict";var W7=ss();as.exports=W7});var us=u((oT,os)=>{"use strict";function B7(r){return r!==r}os.exports=B7});var I=u((uT,vs)=>{"use strict";var X7=us();vs.exports=X7});var fs=u((vT,cs)=>{"use strict";function V7(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}cs.exports=V7});var ps=u((cT,ls)=>{"use strict";var Q7=fs();ls.exports=Q7});var ds=u((fT,ms)=>{"use strict";var Y7=ps(),Z7=Y7();function J7(){return Z7&&typeof Symbol.toStringTag=="symbol"}ms.exports=J7});var gs=u((lT,qs)=>{"use strict";var K7=ds();qs.exports=K7});var Pt=u((pT,ys)=>{"use strict";var j7=Object.prototype.toString;ys.exports=j7});var Ss=u((mT,hs)=>{"use strict";var z7=Pt();function x7(r){return z7.call(r)}hs.exports=x7});var As=u((dT,Is)=>{"use strict";var r9=Object.prototype.hasOwnProperty;function e9(r,e){return r==null?!1:r9.call(r,e)}Is.exports=e9});var _s=u((qT,Ns)=>{"use strict";var t9=As();Ns.exports=t9});var ws=u((gT,Es)=>{"use strict";var i9=typeof Symbol=="function"?Symbol:void 0;Es.exports=i9});var Os=u((yT,Ts)=>{"use strict";var n9=ws();Ts.exports=n9});var Fs=u((hT,Ps)=>{"use strict";var Rs=Os(),s9=typeof Rs=="function"?Rs.toStringTag:"";Ps.exports=s9});var Cs=u((ST,Ls)=>{"use strict";var a9=_s(),zr=Fs(),Ft=Pt();function o9(r){var e,t,i;if(r==null)return Ft.call(r);t=r[zr],e=a9(r,zr);try{r[zr]=void 0}catch{return Ft.call(r)}return i=Ft.call(r),e?r[zr]=t:delete r[zr],i}Ls.exports=o9});var xr=u((IT,ks)=>{"use strict";var u9=gs(),v9=Ss(),c9=Cs(),Lt;u9()?Lt=c9:Lt=v9;ks.exports=Lt});var Gs=u((AT,Ds)=>{"use strict";var f9=xr(),l9=typeof Uint32Array=="function";function p9(r){return l9&&r instanceof Uint32Array||f9(r)==="[object Uint32Array]"}Ds.exports=p9});var Hs=u((NT,Ms)=>{"use strict";var m9=Gs();Ms.exports=m9});var $s=u((_T,bs)=>{"use strict";var d9=4294967295;bs.exports=d9});var Ws=u((ET,Us)=>{"use strict";var q9=typeof Uint32Array=="function"?Uint32Array:null;Us.exports=q9});var Vs=u((wT,Xs)=>{"use strict";var g9=Hs(),Ct=$s(),Bs=Ws();function y9(){var r,e;if(typeof Bs!="function")return!1;try{e=[1,3.14,-3.14,Ct+1,Ct+2],e=new Bs(e),r=g9(e)&&e[0]===1&&e[1]===3&&e[2]===Ct-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Xs.exports=y9});var Ys=u((TT,Qs)=>{"use strict";var h9=Vs();Qs.exports=h9});var Js=u((OT,Zs)=>{"use strict";var S9=typeof Uint32Array=="function"?Uint32Array:void 0;Zs.exports=S9});var js=u((RT,Ks)=>{"use strict";function I9(){throw new Error("not implemented")}Ks.exports=I9});var Nr=u((PT,zs)=>{"use strict";var A9=Ys(),N9=Js(),_9=js(),kt;A9()?kt=N9:kt=_9;zs.exports=kt});var ra=u((FT,xs)=>{"use strict";var E9=xr(),w9=typeof Float64Array=="function";function T9(r){return w9&&r instanceof Float64Array||E9(r)==="[object Float64Array]"}xs.exports=T9});var ta=u((LT,ea)=>{"use strict";var O9=ra();ea.exports=O9});var na=u((CT,ia)=>{"use strict";var R9=typeof Float64Array=="function"?Float64Array:null;ia.exports=R9});var oa=u((kT,aa)=>{"use strict";var P9=ta(),sa=na();function F9(){var r,e;if(typeof sa!="function")return!1;try{e=new sa([1,3.14,-3.14,NaN]),r=P9(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}aa.exports=F9});var va=u((DT,ua)=>{"use strict";var L9=oa();ua.exports=L9});var fa=u((GT,ca)=>{"use strict";var C9=typeof Float64Array=="function"?Float64Array:void 0;ca.exports=C9});var pa=u((MT,la)=>{"use strict";function k9(){throw new Error("not implemented")}la.exports=k9});var j=u((HT,ma)=>{"use strict";var D9=va(),G9=fa(),M9=pa(),Dt;D9()?Dt=G9:Dt=M9;ma.exports=Dt});var qa=u((bT,da)=>{"use strict";var H9=xr(),b9=typeof Uint8Array=="function";function $9(r){return b9&&r instanceof Uint8Array||H9(r)==="[object Uint8Array]"}da.exports=$9});var ya=u(($T,ga)=>{"use strict";var U9=qa();ga.exports=U9});var Sa=u((UT,ha)=>{"use strict";var W9=255;ha.exports=W9});var Aa=u((WT,Ia)=>{"use strict";var B9=typeof Uint8Array=="function"?Uint8Array:null;Ia.exports=B9});var Ea=u((BT,_a)=>{"use strict";var X9=ya(),Gt=Sa(),Na=Aa();function V9(){var r,e;if(typeof Na!="function")return!1;try{e=[1,3.14,-3.14,Gt+1,Gt+2],e=new Na(e),r=X9(e)&&e[0]===1&&e[1]===3&&e[2]===Gt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}_a.exports=V9});var Ta=u((XT,wa)=>{"use strict";var Q9=Ea();wa.exports=Q9});var Ra=u((VT,Oa)=>{"use strict";var Y9=typeof Uint8Array=="function"?Uint8Array:void 0;Oa.exports=Y9});var Fa=u((QT,Pa)=>{"use strict";function Z9(){throw new Error("not implemented")}Pa.exports=Z9});var Ca=u((YT,La)=>{"use strict";var J9=Ta(),K9=Ra(),j9=Fa(),Mt;J9()?Mt=K9:Mt=j9;La.exports=Mt});var Da=u((ZT,ka)=>{"use strict";var z9=xr(),x9=typeof Uint16Array=="function";function r8(r){return x9&&r instanceof Uint16Array||z9(r)==="[object Uint16Array]"}ka.exports=r8});var Ma=u((JT,Ga)=>{"use strict";var e8=Da();Ga.exports=e8});var ba=u((KT,Ha)=>{"use strict";var t8=65535;Ha.exports=t8});var Ua=u((jT,$a)=>{"use strict";var i8=typeof Uint16Array=="function"?Uint16Array:null;$a.exports=i8});var Xa=u((zT,Ba)=>{"use strict";var n8=Ma(),Ht=ba(),Wa=Ua();function s8(){var r,e;if(typeof Wa!="function")return!1;try{e=[1,3.14,-3.14,Ht+1,Ht+2],e=new Wa(e),r=n8(e)&&e[0]===1&&e[1]===3&&e[2]===Ht-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Ba.exports=s8});var Qa=u((xT,Va)=>{"use strict";var a8=Xa();Va.exports=a8});var Za=u((rO,Ya)=>{"use strict";var o8=typeof Uint16Array=="function"?Uint16Array:void 0;Ya.exports=o8});var Ka=u((eO,Ja)=>{"use strict";function u8(){throw new Error("not implemented")}Ja.exports=u8});var za=u((tO,ja)=>{"use strict";var v8=Qa(),c8=Za(),f8=Ka(),bt;v8()?bt=c8:bt=f8;ja.exports=bt});var ro=u((iO,xa)=>{"use strict";var l8=Ca(),p8=za(),m8={uint16:p8,uint8:l8};xa.exports=m8});var no=u((nO,io)=>{"use strict";var eo=ro(),to;function d8(){var r,e;return r=new eo.uint16(1),r[0]=4660,e=new eo.uint8(r.buffer),e[0]===52}to=d8();io.exports=to});var _r=u((sO,so)=>{"use strict";var q8=no();so.exports=q8});var oo=u((aO,ao)=>{"use strict";var g8=_r(),$t;g8===!0?$t=1:$t=0;ao.exports=$t});var co=u((oO,vo)=>{"use strict";var y8=Nr(),h8=j(),S8=oo(),uo=new h8(1),I8=new y8(uo.buffer);function A8(r){return uo[0]=r,I8[S8]}vo.exports=A8});var C=u((uO,fo)=>{"use strict";var N8=co();fo.exports=N8});var po=u((vO,lo)=>{"use strict";var _8=_r(),Ut;_8===!0?Ut=1:Ut=0;lo.exports=Ut});var qo=u((cO,mo)=>{"use strict";var E8=Nr(),w8=j(),T8=po(),Wt=new w8(1),O8=new E8(Wt.buffer);function R8(r,e){return Wt[0]=r,O8[T8]=e>>>0,Wt[0]}mo.exports=R8});var Dr=u((fO,go)=>{"use strict";var P8=qo();go.exports=P8});var So=u((lO,ho)=>{"use strict";var F8=_r(),yo,Bt,Xt;F8===!0?(Bt=1,Xt=0):(Bt=0,Xt=1);yo={HIGH:Bt,LOW:Xt};ho.exports=yo});var Eo=u((pO,_o)=>{"use strict";var L8=Nr(),C8=j(),Ao=So(),No=new C8(1),Io=new L8(No.buffer),k8=Ao.HIGH,D8=Ao.LOW;function G8(r,e){return Io[k8]=r,Io[D8]=e,No[0]}_o.exports=G8});var re=u((mO,wo)=>{"use strict";var M8=Eo();wo.exports=M8});var A=u((dO,To)=>{"use strict";var H8=Number.POSITIVE_INFINITY;To.exports=H8});var Ro=u((qO,Oo)=>{"use strict";Oo.exports=Number});var Fo=u((gO,Po)=>{"use strict";var b8=Ro();Po.exports=b8});var P=u((yO,Lo)=>{"use strict";var $8=Fo(),U8=$8.NEGATIVE_INFINITY;Lo.exports=U8});var vr=u((hO,Co)=>{"use strict";var W8=1023;Co.exports=W8});var Do=u((SO,ko)=>{"use strict";var B8=.34657359027997264;ko.exports=B8});var Mo=u((IO,Go)=>{"use strict";function X8(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}Go.exports=X8});var Bo=u((AO,Wo)=>{"use strict";var V8=I(),Ho=C(),Vt=Dr(),Q8=re(),bo=A(),Y8=P(),$o=vr(),Z8=Do(),J8=Mo(),K8=709.782712893384,Qt=.6931471803691238,Yt=19082149292705877e-26,Uo=1.4426950408889634,j8=38.816242111356935,z8=1.0397207708399179;function x8(r){var e,t,i,n,s,a,o,v,f,c,l,m,p;if(r===bo||V8(r))return r;if(r===Y8)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=j8){if(i)return-1;if(v>=K8)return bo}if(a=Ho(v)|0,v>Z8)v<z8?i?(n=r+Qt,s=-Yt,p=-1):(n=r-Qt,s=Yt,p=1):(i?p=Uo*r-.5:p=Uo*r+.5,p|=0,l=p,n=r-l*Qt,s=l*Yt),r=n-s,c=n-r-s;else{if(a<1016070144)return r;p=0}return e=.5*r,f=r*e,o=1+f*J8(f),l=3-o*e,m=f*((o-l)/(6-r*l)),p===0?r-(r*m-f):(t=Q8($o+p<<20,0),m=r*(m-c)-c,m-=f,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(n=Ho(v)+(p<<20)|0,v=Vt(v,n)):v*=t,v-1):(l=1,p<20?(n=1072693248-(2097152>>p)|0,l=Vt(l,n),v=l-(m-r)):(n=$o-p<<20|0,l=Vt(l,n),v=r-(m+l),v+=1),v*=t,v))}Wo.exports=x8});var ee=u((NO,Xo)=>{"use strict";var rp=Bo();Xo.exports=rp});var Qo=u((_O,Vo)=>{"use strict";function ep(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}Vo.exports=ep});var jo=u((EO,Ko)=>{"use strict";var tp=I(),Yo=C(),Zo=Dr(),ip=A(),np=P(),Jo=vr(),sp=Qo(),Zt=.6931471803691238,Jt=19082149292705877e-26,ap=.41421356237309503,op=-.2928932188134525,up=1862645149230957e-24,vp=5551115123125783e-32,cp=9007199254740992,fp=.6666666666666666;function lp(r){var e,t,i,n,s,a,o,v,f,c;if(r<-1||tp(r))return NaN;if(r===-1)return np;if(r===ip||r===0)return r;if(r<0?i=-r:i=r,c=1,i<ap){if(i<up)return i<vp?r:r-r*r*.5;r>op&&(c=0,n=r,t=1)}return c!==0&&(i<cp?(f=1+r,t=Yo(f),c=(t>>20)-Jo,c>0?s=1-(f-r):s=r-(f-1),s/=f):(f=r,t=Yo(f),c=(t>>20)-Jo,s=0),t&=1048575,t<434334?f=Zo(f,t|1072693248):(c+=1,f=Zo(f,t|1071644672),t=1048576-t>>2),n=f-1),e=.5*n*n,t===0?n===0?(s+=c*Jt,c*Zt+s):(v=e*(1-fp*n),c*Zt-(v-(c*Jt+s)-n)):(a=n/(2+n),o=a*a,v=o*sp(o),c===0?n-(e-a*(e+v)):c*Zt-(e-(a*(e+v)+(c*Jt+s))-n))}Ko.exports=lp});var z=u((wO,zo)=>{"use strict";var pp=jo();zo.exports=pp});var ru=u((TO,xo)=>{"use strict";var mp=Math.sqrt;xo.exports=mp});var b=u((OO,eu)=>{"use strict";var dp=ru();eu.exports=dp});var iu=u((RO,tu)=>{"use strict";var qp=.7853981633974483;tu.exports=qp});var su=u((PO,nu)=>{"use strict";function gp(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}nu.exports=gp});var ou=u((FO,au)=>{"use strict";function yp(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}au.exports=yp});var cu=u((LO,vu)=>{"use strict";var hp=I(),Sp=b(),uu=iu(),Ip=su(),Ap=ou(),Np=6123233995736766e-32;function _p(r){var e,t,i,n,s;if(hp(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,n=t*Ap(t),t=Sp(t+t),s=uu-t,t=t*n-Np,s-=t,s+=uu;else{if(i<1e-8)return r;t=i*i,s=t*Ip(t),s=i*s+i}return e?-s:s}vu.exports=_p});var lu=u((CO,fu)=>{"use strict";var Ep=cu();fu.exports=Ep});var mu=u((kO,pu)=>{"use strict";function wp(r){return Math.abs(r)}pu.exports=wp});var N=u((DO,du)=>{"use strict";var Tp=mu();du.exports=Tp});var gu=u((GO,qu)=>{"use strict";var Op=Math.ceil;qu.exports=Op});var hu=u((MO,yu)=>{"use strict";var Rp=gu();yu.exports=Rp});var Iu=u((HO,Su)=>{"use strict";var Pp=R(),Fp=hu();function Lp(r){return r<0?Fp(r):Pp(r)}Su.exports=Lp});var Gr=u((bO,Au)=>{"use strict";var Cp=Iu();Au.exports=Cp});var _u=u(($O,Nu)=>{"use strict";var kp=1023;Nu.exports=kp});var wu=u((UO,Eu)=>{"use strict";var Dp=-1023;Eu.exports=Dp});var Ou=u((WO,Tu)=>{"use strict";var Gp=-1074;Tu.exports=Gp});var Pu=u((BO,Ru)=>{"use strict";var Mp=A(),Hp=P();function bp(r){return r===Mp||r===Hp}Ru.exports=bp});var Er=u((XO,Fu)=>{"use strict";var $p=Pu();Fu.exports=$p});var Cu=u((VO,Lu)=>{"use strict";var Up=2147483648;Lu.exports=Up});var cr=u((QO,ku)=>{"use strict";var Wp=2147483647;ku.exports=Wp});var Mu=u((YO,Gu)=>{"use strict";var Bp=_r(),Du,Kt,jt;Bp===!0?(Kt=1,jt=0):(Kt=0,jt=1);Du={HIGH:Kt,LOW:jt};Gu.exports=Du});var zt=u((ZO,Uu)=>{"use strict";var Xp=Nr(),Vp=j(),bu=Mu(),$u=new Vp(1),Hu=new Xp($u.buffer),Qp=bu.HIGH,Yp=bu.LOW;function Zp(r,e,t,i){return $u[0]=r,e[i]=Hu[Qp],e[i+t]=Hu[Yp],e}Uu.exports=Zp});var Bu=u((JO,Wu)=>{"use strict";var Jp=zt();function Kp(r){return Jp(r,[0,0],1,0)}Wu.exports=Kp});var Le=u((KO,Vu)=>{"use strict";var jp=ur(),Xu=Bu(),zp=zt();jp(Xu,"assign",zp);Vu.exports=Xu});var Yu=u((jO,Qu)=>{"use strict";var xp=Cu(),rm=cr(),em=Le(),tm=C(),im=re(),xt=[0,0];function nm(r,e){var t,i;return em.assign(r,xt,1,0),t=xt[0],t&=rm,i=tm(e),i&=xp,t|=i,im(t,xt[1])}Qu.exports=nm});var Ce=u((zO,Zu)=>{"use strict";var sm=Yu();Zu.exports=sm});var Mr=u((xO,Ju)=>{"use strict";var am=22250738585072014e-324;Ju.exports=am});var ri=u((rR,Ku)=>{"use strict";var om=Mr(),um=Er(),vm=I(),cm=N(),fm=4503599627370496;function lm(r,e,t,i){return vm(r)||um(r)?(e[i]=r,e[i+t]=0,e):r!==0&&cm(r)<om?(e[i]=r*fm,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}Ku.exports=lm});var zu=u((eR,ju)=>{"use strict";var pm=ri();function mm(r){return pm(r,[0,0],1,0)}ju.exports=mm});var e1=u((tR,r1)=>{"use strict";var dm=ur(),xu=zu(),qm=ri();dm(xu,"assign",qm);r1.exports=xu});var te=u((iR,t1)=>{"use strict";var gm=2146435072;t1.exports=gm});var n1=u((nR,i1)=>{"use strict";var ym=C(),hm=te(),Sm=vr();function Im(r){var e=ym(r);return e=(e&hm)>>>20,e-Sm|0}i1.exports=Im});var a1=u((sR,s1)=>{"use strict";var Am=n1();s1.exports=Am});var u1=u((aR,o1)=>{"use strict";var Nm=A(),_m=P(),Em=vr(),wm=_u(),Tm=wu(),Om=Ou(),Rm=I(),Pm=Er(),Fm=Ce(),Lm=e1().assign,Cm=a1(),km=Le(),Dm=re(),Gm=2220446049250313e-31,Mm=2148532223,ei=[0,0],ti=[0,0];function Hm(r,e){var t,i;return e===0||r===0||Rm(r)||Pm(r)?r:(Lm(r,ei,1,0),r=ei[0],e+=ei[1],e+=Cm(r),e<Om?Fm(0,r):e>wm?r<0?_m:Nm:(e<=Tm?(e+=52,i=Gm):i=1,km.assign(r,ti,1,0),t=ti[0],t&=Mm,t|=e+Em<<20,i*Dm(t,ti[1])))}o1.exports=Hm});var ke=u((oR,v1)=>{"use strict";var bm=u1();v1.exports=bm});var f1=u((uR,c1)=>{"use strict";function $m(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}c1.exports=$m});var p1=u((vR,l1)=>{"use strict";var Um=ke(),Wm=f1();function Bm(r,e,t){var i,n,s,a;return i=r-e,n=i*i,s=i-n*Wm(n),a=1-(e-i*s/(2-s)-r),Um(a,t)}l1.exports=Bm});var h1=u((cR,y1)=>{"use strict";var Xm=I(),m1=Gr(),Vm=P(),d1=A(),Qm=p1(),Ym=.6931471803691238,Zm=19082149292705877e-26,q1=1.4426950408889634,Jm=709.782712893384,Km=-745.1332191019411,g1=1/(1<<28),jm=-g1;function zm(r){var e,t,i;return Xm(r)||r===d1?r:r===Vm?0:r>Jm?d1:r<Km?0:r>jm&&r<g1?1+r:(r<0?i=m1(q1*r-.5):i=m1(q1*r+.5),e=r-i*Ym,t=i*Zm,Qm(e,t,i))}y1.exports=zm});var w=u((fR,S1)=>{"use strict";var xm=h1();S1.exports=xm});var A1=u((lR,I1)=>{"use strict";var rd=R();function ed(r){return rd(r)===r}I1.exports=ed});var wr=u((pR,N1)=>{"use strict";var td=A1();N1.exports=td});var E1=u((mR,_1)=>{"use strict";var id=wr();function nd(r){return id(r/2)}_1.exports=nd});var T1=u((dR,w1)=>{"use strict";var sd=E1();w1.exports=sd});var P1=u((qR,R1)=>{"use strict";var O1=T1();function ad(r){return r>0?O1(r-1):O1(r+1)}R1.exports=ad});var De=u((gR,F1)=>{"use strict";var od=P1();F1.exports=od});var C1=u((yR,L1)=>{"use strict";var ud=_r(),ii;ud===!0?ii=0:ii=1;L1.exports=ii});var D1=u((hR,k1)=>{"use strict";var vd=Nr(),cd=j(),fd=C1(),ni=new cd(1),ld=new vd(ni.buffer);function pd(r,e){return ni[0]=r,ld[fd]=e>>>0,ni[0]}k1.exports=pd});var Hr=u((SR,G1)=>{"use strict";var md=D1();G1.exports=md});var H1=u((IR,M1)=>{"use strict";function dd(r){return r|0}M1.exports=dd});var si=u((AR,b1)=>{"use strict";var qd=H1();b1.exports=qd});var W1=u((NR,U1)=>{"use strict";var $1=De(),gd=Ce(),yd=P(),Ge=A();function hd(r,e){return e===yd?Ge:e===Ge?0:e>0?$1(e)?r:0:$1(e)?gd(Ge,r):Ge}U1.exports=hd});var X1=u((_R,B1)=>{"use strict";var Sd=cr(),Id=C(),Ad=1072693247,Me=1e300,He=1e-300;function Nd(r,e){var t,i;return i=Id(r),t=i&Sd,t<=Ad?e<0?Me*Me:He*He:e>0?Me*Me:He*He}B1.exports=Nd});var Y1=u((ER,Q1)=>{"use strict";var _d=N(),V1=A();function Ed(r,e){return r===-1?(r-r)/(r-r):r===1?1:_d(r)<1==(e===V1)?0:V1}Q1.exports=Ed});var ai=u((wR,Z1)=>{"use strict";var wd=20;Z1.exports=wd});var K1=u((TR,J1)=>{"use strict";function Td(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}J1.exports=Td});var r2=u((OR,x1)=>{"use strict";var Od=C(),be=Hr(),j1=Dr(),Rd=vr(),Pd=ai(),Fd=K1(),Ld=1048575,z1=1048576,Cd=1072693248,kd=536870912,Dd=524288,Gd=9007199254740992,Md=.9617966939259756,Hd=.9617967009544373,bd=-7028461650952758e-24,$d=[1,1.5],Ud=[0,.5849624872207642],Wd=[0,1350039202129749e-23];function Bd(r,e,t){var i,n,s,a,o,v,f,c,l,m,p,g,d,h,q,S,y,k,_,M,H,L;return M=0,t<z1&&(e*=Gd,M-=53,t=Od(e)),M+=(t>>Pd)-Rd|0,H=t&Ld|0,t=H|Cd|0,H<=235662?L=0:H<767610?L=1:(L=0,M+=1,t-=z1),e=j1(e,t),c=$d[L],k=e-c,_=1/(e+c),n=k*_,a=be(n,0),i=(t>>1|kd)+Dd,i+=L<<18,v=j1(0,i),f=e-(v-c),o=_*(k-a*v-a*f),s=n*n,y=s*s*Fd(s),y+=o*(a+n),s=a*a,v=3+s+y,v=be(v,0),f=y-(v-3-s),k=a*v,_=o*v+f*n,m=k+_,m=be(m,0),p=_-(m-k),g=Hd*m,d=bd*m+p*Md+Wd[L],l=Ud[L],S=M,h=g+d+l+S,h=be(h,0),q=d-(h-S-l-g),r[0]=h,r[1]=q,r}x1.exports=Bd});var t2=u((RR,e2)=>{"use strict";function Xd(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}e2.exports=Xd});var n2=u((PR,i2)=>{"use strict";var Vd=Hr(),Qd=t2(),Yd=1.4426950408889634,Zd=1.4426950216293335,Jd=19259629911266175e-24;function Kd(r,e){var t,i,n,s,a,o;return n=e-1,s=n*n*Qd(n),a=Zd*n,o=n*Jd-s*Yd,i=a+o,i=Vd(i,0),t=o-(i-a),r[0]=i,r[1]=t,r}i2.exports=Kd});var a2=u((FR,s2)=>{"use strict";var jd=.6931471805599453;s2.exports=jd});var oi=u((LR,o2)=>{"use strict";var zd=1048575;o2.exports=zd});var v2=u((CR,u2)=>{"use strict";function xd(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}u2.exports=xd});var q2=u((kR,d2)=>{"use strict";var rq=C(),c2=Dr(),eq=Hr(),tq=si(),iq=ke(),nq=a2(),f2=vr(),l2=cr(),p2=oi(),ie=ai(),sq=v2(),m2=1048576,aq=1071644672,oq=.6931471824645996,uq=-1904654299957768e-24;function vq(r,e,t){var i,n,s,a,o,v,f,c,l,m,p;return m=r&l2|0,p=(m>>ie)-f2|0,l=0,m>aq&&(l=r+(m2>>p+1)>>>0,p=((l&l2)>>ie)-f2|0,i=(l&~(p2>>p))>>>0,s=c2(0,i),l=(l&p2|m2)>>ie-p>>>0,r<0&&(l=-l),e-=s),s=t+e,s=eq(s,0),o=s*oq,v=(t-(s-e))*nq+s*uq,c=o+v,f=v-(c-o),s=c*c,n=c-s*sq(s),a=c*n/(n-2)-(f+c*f),c=1-(a-c),r=rq(c),r=tq(r),r+=l<<ie>>>0,r>>ie<=0?c=iq(c,l):c=c2(c,r),c}d2.exports=vq});var T2=u((DR,w2)=>{"use strict";var g2=I(),y2=De(),h2=Er(),cq=wr(),S2=b(),fq=N(),ui=Le(),lq=Hr(),I2=si(),pq=P(),mq=A(),vi=cr(),dq=W1(),qq=X1(),gq=Y1(),yq=r2(),hq=n2(),Sq=q2(),Iq=1072693247,Aq=1105199104,Nq=1139802112,A2=1083179008,_q=1072693248,Eq=1083231232,wq=3230714880,N2=31,fr=1e300,lr=1e-300,Tq=8008566259537294e-32,x=[0,0],_2=[0,0];function E2(r,e){var t,i,n,s,a,o,v,f,c,l,m,p,g,d,h,q;if(g2(r)||g2(e))return NaN;if(ui.assign(e,x,1,0),o=x[0],v=x[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return S2(r);if(e===-.5)return 1/S2(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(h2(e))return gq(r,e)}if(ui.assign(r,x,1,0),s=x[0],a=x[1],a===0){if(s===0)return dq(r,e);if(r===1)return 1;if(r===-1&&y2(e))return-1;if(h2(r))return r===pq?E2(-0,-e):e<0?0:mq}if(r<0&&cq(e)===!1)return(r-r)/(r-r);if(n=fq(r),t=s&vi|0,i=o&vi|0,f=s>>>N2|0,c=o>>>N2|0,f&&y2(e)?f=-1:f=1,i>Aq){if(i>Nq)return qq(r,e);if(t<Iq)return c===1?f*fr*fr:f*lr*lr;if(t>_q)return c===0?f*fr*fr:f*lr*lr;g=hq(_2,n)}else g=yq(_2,n,t);if(l=lq(e,0),p=(e-l)*g[0]+e*g[1],m=l*g[0],d=p+m,ui.assign(d,x,1,0),h=I2(x[0]),q=I2(x[1]),h>=A2){if((h-A2|q)!==0||p+Tq>d-m)return f*fr*fr}else if((h&vi)>=Eq&&((h-wq|q)!==0||p<=d-m))return f*lr*lr;return d=Sq(h,m,p),f*d}w2.exports=E2});var O=u((GR,O2)=>{"use strict";var Oq=T2();O2.exports=Oq});var Tr=u((MR,R2)=>{"use strict";var Rq=2.718281828459045;R2.exports=Rq});var W=u((HR,P2)=>{"use strict";var Pq=2220446049250313e-31;P2.exports=Pq});var L2=u((bR,F2)=>{"use strict";function Fq(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}F2.exports=Fq});var D2=u(($R,k2)=>{"use strict";var C2=I(),Lq=z(),Cq=b(),kq=N(),Dq=w(),ci=O(),Gq=Tr(),fi=W(),li=L2(),pi=10.900511;function Mq(r,e){var t,i,n,s,a,o,v;return C2(r)||C2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<fi?(a=v/r,a/=e,a):v===r&&e<fi?1/e:v===e&&r<fi?1/r:(r<e&&(o=e,e=r,r=o),i=r+pi-.5,n=e+pi-.5,s=v+pi-.5,a=li(r)*(li(e)/li(v)),t=r-.5-e,kq(e*t)<s*100&&r>100?a*=Dq(t*Lq(-e/s)):a*=ci(i/s,t),s>1e10?a*=ci(i/s*(n/s),e):a*=ci(i*n/(s*s),e),a*=Cq(Gq/n),a))}k2.exports=Mq});var M2=u((UR,G2)=>{"use strict";var Hq=D2();G2.exports=Hq});var b2=u((WR,H2)=>{"use strict";var bq=A();function $q(r){return r===0&&1/r===bq}H2.exports=$q});var U2=u((BR,$2)=>{"use strict";var Uq=b2();$2.exports=Uq});var X2=u((XR,B2)=>{"use strict";var Wq=U2(),W2=I(),mi=A();function Bq(r,e){return W2(r)||W2(e)?NaN:r===mi||e===mi?mi:r===e&&r===0?Wq(r)?r:e:r>e?r:e}B2.exports=Bq});var rr=u((VR,V2)=>{"use strict";var Xq=X2();V2.exports=Xq});var Y2=u((QR,Q2)=>{"use strict";var Vq=P();function Qq(r){return r===0&&1/r===Vq}Q2.exports=Qq});var di=u((YR,Z2)=>{"use strict";var Yq=Y2();Z2.exports=Yq});var j2=u((ZR,K2)=>{"use strict";var Zq=di(),J2=I(),qi=P();function Jq(r,e){return J2(r)||J2(e)?NaN:r===qi||e===qi?qi:r===e&&r===0?Zq(r)?r:e:r<e?r:e}K2.exports=Jq});var B=u((JR,z2)=>{"use strict";var Kq=j2();z2.exports=Kq});var $e=u((KR,x2)=>{"use strict";var jq=17976931348623157e292;x2.exports=jq});var gi=u((jR,rv)=>{"use strict";var zq=2147483647;rv.exports=zq});var tv=u((zR,ev)=>{"use strict";var xq=1.5707963267948966;ev.exports=xq});var br=u((xR,iv)=>{"use strict";var rg=3.141592653589793;iv.exports=rg});var sv=u((rP,nv)=>{"use strict";function eg(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}nv.exports=eg});var ov=u((eP,av)=>{"use strict";function tg(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}av.exports=tg});var vv=u((tP,uv)=>{"use strict";var ig=sv(),ng=ov();function sg(r,e){var t,i,n,s;return s=r*r,n=s*s,i=s*ig(s),i+=n*n*ng(s),t=.5*s,n=1-t,n+(1-n-t+(s*i-r*e))}uv.exports=sg});var yi=u((iP,cv)=>{"use strict";var ag=vv();cv.exports=ag});var pv=u((nP,lv)=>{"use strict";var fv=-.16666666666666632,og=.00833333333332249,ug=-.0001984126982985795,vg=27557313707070068e-22,cg=-25050760253406863e-24,fg=158969099521155e-24;function lg(r,e){var t,i,n,s;return s=r*r,n=s*s,t=og+s*(ug+s*vg)+s*n*(cg+s*fg),i=s*r,e===0?r+i*(fv+s*t):r-(s*(.5*e-i*t)-e-i*fv)}lv.exports=lg});var hi=u((sP,mv)=>{"use strict";var pg=pv();mv.exports=pg});var qv=u((aP,dv)=>{"use strict";var mg=_r(),Si;mg===!0?Si=0:Si=1;dv.exports=Si});var hv=u((oP,yv)=>{"use strict";var dg=Nr(),qg=j(),gg=qv(),gv=new qg(1),yg=new dg(gv.buffer);function hg(r){return gv[0]=r,yg[gg]}yv.exports=hg});var Iv=u((uP,Sv)=>{"use strict";var Sg=hv();Sv.exports=Sg});var Nv=u((vP,Av)=>{"use strict";function Ig(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}Av.exports=Ig});var Ev=u((cP,_v)=>{"use strict";var Ag=Nv();_v.exports=Ag});var Tv=u((fP,wv)=>{"use strict";var Ng=Ev();function _g(r){return Ng(0,r)}wv.exports=_g});var Rv=u((lP,Ov)=>{"use strict";var Eg=Tv();Ov.exports=Eg});var kv=u((pP,Cv)=>{"use strict";var wg=R(),Ue=ke(),Xe=Rv(),Fv=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],Tg=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],Ii=16777216,Ai=5960464477539063e-23,We=Xe(20),Pv=Xe(20),Be=Xe(20),T=Xe(20);function Lv(r,e,t,i,n,s,a,o,v){var f,c,l,m,p,g,d,h,q;for(m=s,q=i[t],h=t,p=0;h>0;p++)c=Ai*q|0,T[p]=q-Ii*c|0,q=i[h-1]+c,h-=1;if(q=Ue(q,n),q-=8*wg(q*.125),d=q|0,q-=d,l=0,n>0?(p=T[t-1]>>24-n,d+=p,T[t-1]-=p<<24-n,l=T[t-1]>>23-n):n===0?l=T[t-1]>>23:q>=.5&&(l=2),l>0){for(d+=1,f=0,p=0;p<t;p++)h=T[p],f===0?h!==0&&(f=1,T[p]=16777216-h):T[p]=16777215-h;if(n>0)switch(n){case 1:T[t-1]&=8388607;break;case 2:T[t-1]&=4194303;break}l===2&&(q=1-q,f!==0&&(q-=Ue(1,n)))}if(q===0){for(h=0,p=t-1;p>=s;p--)h|=T[p];if(h===0){for(g=1;T[s-g]===0;g++);for(p=t+1;p<=t+g;p++){for(v[o+p]=Fv[a+p],c=0,h=0;h<=o;h++)c+=r[h]*v[o+(p-h)];i[p]=c}return t+=g,Lv(r,e,t,i,n,s,a,o,v)}for(t-=1,n-=24;T[t]===0;)t-=1,n-=24}else q=Ue(q,-n),q>=Ii?(c=Ai*q|0,T[t]=q-Ii*c|0,t+=1,n+=24,T[t]=c):T[t]=q|0;for(c=Ue(1,n),p=t;p>=0;p--)i[p]=c*T[p],c*=Ai;for(p=t;p>=0;p--){for(c=0,g=0;g<=m&&g<=t-p;g++)c+=Tg[g]*i[p+g];Be[t-p]=c}for(c=0,p=t;p>=0;p--)c+=Be[p];for(l===0?e[0]=c:e[0]=-c,c=Be[0]-c,p=1;p<=t;p++)c+=Be[p];return l===0?e[1]=c:e[1]=-c,d&7}function Og(r,e,t,i){var n,s,a,o,v,f,c,l,m;for(s=4,o=i-1,a=(t-3)/24|0,a<0&&(a=0),f=t-24*(a+1),l=a-o,m=o+s,c=0;c<=m;c++)l<0?We[c]=0:We[c]=Fv[l],l+=1;for(c=0;c<=s;c++){for(n=0,l=0;l<=o;l++)n+=r[l]*We[o+(c-l)];Pv[c]=n}return v=s,Lv(r,e,v,Pv,f,s,a,o,We)}Cv.exports=Og});var Gv=u((mP,Dv)=>{"use strict";var Rg=Math.round;Dv.exports=Rg});var Hv=u((dP,Mv)=>{"use strict";var Pg=Gv();Mv.exports=Pg});var Wv=u((qP,Uv)=>{"use strict";var Fg=Hv(),bv=C(),Lg=.6366197723675814,Cg=1.5707963267341256,kg=6077100506506192e-26,Dg=6077100506303966e-26,Gg=20222662487959506e-37,Mg=20222662487111665e-37,Hg=84784276603689e-45,$v=2047;function bg(r,e,t){var i,n,s,a,o,v,f;return n=Fg(r*Lg),a=r-n*Cg,o=n*kg,f=e>>20|0,t[0]=a-o,i=bv(t[0]),v=f-(i>>20&$v),v>16&&(s=a,o=n*Dg,a=s-o,o=n*Gg-(s-a-o),t[0]=a-o,i=bv(t[0]),v=f-(i>>20&$v),v>49&&(s=a,o=n*Mg,a=s-o,o=n*Hg-(s-a-o),t[0]=a-o)),t[1]=a-t[0]-o,n}Uv.exports=bg});var Xv=u((gP,Bv)=>{"use strict";var $g=cr(),Ug=te(),Wg=oi(),Bg=C(),Xg=Iv(),Vg=re(),Qg=kv(),Ve=Wv(),Yg=0,Zg=16777216,pr=1.5707963267341256,Or=6077100506506192e-26,Qe=2*Or,Ye=3*Or,Ze=4*Or,Jg=598523,Kg=1072243195,jg=1073928572,zg=1074752122,xg=1074977148,ry=1075183036,ey=1075388923,ty=1075594811,iy=1094263291,ne=[0,0,0],se=[0,0];function ny(r,e){var t,i,n,s,a,o,v,f;if(n=Bg(r)|0,s=n&$g|0,s<=Kg)return e[0]=r,e[1]=0,0;if(s<=zg)return(s&Wg)===Jg?Ve(r,s,e):s<=jg?n>0?(f=r-pr,e[0]=f-Or,e[1]=f-e[0]-Or,1):(f=r+pr,e[0]=f+Or,e[1]=f-e[0]+Or,-1):n>0?(f=r-2*pr,e[0]=f-Qe,e[1]=f-e[0]-Qe,2):(f=r+2*pr,e[0]=f+Qe,e[1]=f-e[0]+Qe,-2);if(s<=ty)return s<=ry?s===xg?Ve(r,s,e):n>0?(f=r-3*pr,e[0]=f-Ye,e[1]=f-e[0]-Ye,3):(f=r+3*pr,e[0]=f+Ye,e[1]=f-e[0]+Ye,-3):s===ey?Ve(r,s,e):n>0?(f=r-4*pr,e[0]=f-Ze,e[1]=f-e[0]-Ze,4):(f=r+4*pr,e[0]=f+Ze,e[1]=f-e[0]+Ze,-4);if(s<iy)return Ve(r,s,e);if(s>=Ug)return e[0]=NaN,e[1]=NaN,0;for(t=Xg(r),i=(s>>20)-1046,f=Vg(s-(i<<20|0),t),o=0;o<2;o++)ne[o]=f|0,f=(f-ne[o])*Zg;for(ne[2]=f,a=3;ne[a-1]===Yg;)a-=1;return v=Qg(ne,se,i,a,1),n<0?(e[0]=-se[0],e[1]=-se[1],-v):(e[0]=se[0],e[1]=se[1],v)}Bv.exports=ny});var Ni=u((yP,Vv)=>{"use strict";var sy=Xv();Vv.exports=sy});var Zv=u((hP,Yv)=>{"use strict";var ay=cr(),oy=te(),uy=C(),Qv=yi(),_i=hi(),vy=Ni(),cy=1072243195,fy=1045430272,er=[0,0];function ly(r){var e,t;if(e=uy(r),e&=ay,e<=cy)return e<fy?r:_i(r,0);if(e>=oy)return NaN;switch(t=vy(r,er),t&3){case 0:return _i(er[0],er[1]);case 1:return Qv(er[0],er[1]);case 2:return-_i(er[0],er[1]);default:return-Qv(er[0],er[1])}}Yv.exports=ly});var Ei=u((SP,Jv)=>{"use strict";var py=Zv();Jv.exports=py});var wi=u((IP,Kv)=>{"use strict";var my=2.5066282746310007;Kv.exports=my});var zv=u((AP,jv)=>{"use strict";function dy(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}jv.exports=dy});var e3=u((NP,r3)=>{"use strict";var qy=wi(),xv=O(),gy=w(),yy=zv(),hy=143.01608;function Sy(r){var e,t,i;return e=1/r,e=1+e*yy(e),t=gy(r),r>hy?(i=xv(r,.5*r-.25),t=i*(i/t)):t=xv(r,r-.5)/t,qy*t*e}r3.exports=Sy});var i3=u((_P,t3)=>{"use strict";var Iy=.5772156649015329;t3.exports=Iy});var s3=u((EP,n3)=>{"use strict";var Ay=i3();function Ny(r,e){return e/((1+Ay*r)*r)}n3.exports=Ny});var o3=u((wP,a3)=>{"use strict";function _y(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}a3.exports=_y});var d3=u((TP,m3)=>{"use strict";var Ey=I(),wy=wr(),Ty=di(),u3=N(),Oy=R(),Ry=Ei(),v3=A(),c3=P(),f3=br(),l3=e3(),p3=s3(),Py=o3();function Fy(r){var e,t,i,n;if(wy(r)&&r<0||r===c3||Ey(r))return NaN;if(r===0)return Ty(r)?c3:v3;if(r>171.61447887182297)return v3;if(r<-170.5674972726612)return 0;if(t=u3(r),t>33)return r>=0?l3(r):(i=Oy(t),(i&1)===0?e=-1:e=1,n=t-i,n>.5&&(i+=1,n=t-i),n=t*Ry(f3*n),e*f3/(u3(n)*l3(t)));for(n=1;r>=3;)r-=1,n*=r;for(;r<0;){if(r>-1e-9)return p3(r,n);n/=r,r+=1}for(;r<2;){if(r<1e-9)return p3(r,n);n/=r,r+=1}return r===2?n:(r-=2,n*Py(r))}m3.exports=Fy});var mr=u((OP,q3)=>{"use strict";var Ly=d3();q3.exports=Ly});var ae=u((RP,g3)=>{"use strict";var Cy=170;g3.exports=Cy});var y3=u((PP,ky)=>{ky.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var S3=u((FP,h3)=>{"use strict";var Dy=I(),Gy=wr(),My=mr(),Hy=A(),by=ae(),$y=y3();function Uy(r){return Dy(r)?NaN:Gy(r)?r<0?NaN:r<=by?$y[r]:Hy:My(r+1)}h3.exports=Uy});var Ti=u((LP,I3)=>{"use strict";var Wy=S3();I3.exports=Wy});var N3=u((CP,A3)=>{"use strict";function By(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}A3.exports=By});var E3=u((kP,_3)=>{"use strict";var Xy=N3();_3.exports=Xy});var T3=u((DP,w3)=>{"use strict";var Vy=E3();w3.exports=Vy});var $r=u((GP,O3)=>{"use strict";var Qy=10.900511;O3.exports=Qy});var M3=u((MP,G3)=>{"use strict";var R3=T3(),Yy=mr(),Zy=z(),P3=N(),F3=w(),L3=O(),C3=W(),Jy=Tr(),Ky=$r(),k3=ae(),jy=4269068009004705e289;function D3(r,e){var t,i,n;return r<C3?e>=k3?(i=D3(e,k3-e),i*=r,i*=jy,1/i):1/(r*Yy(r+e)):(n=r+Ky-.5,r+e===r?P3(e/n)<C3?t=F3(-e):t=1:(P3(e)<10?t=F3((.5-r)*Zy(e/n)):t=L3(n/(n+e),r-.5),t*=R3(r)/R3(r+e)),t*=L3(Jy/(n+e),e),t)}G3.exports=D3});var B3=u((HP,W3)=>{"use strict";var zy=N(),H3=R(),b3=mr(),$3=Ti(),U3=ae(),xy=M3();function rh(r,e){var t,i,n;if(r<=0||r+e<=0)return b3(r)/b3(r+e);if(i=H3(e),i===e){if(n=H3(r),n===r&&r<=U3&&r+e<=U3)return $3(n-1)/$3(i+n-1);if(zy(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return xy(r,e)}W3.exports=rh});var V3=u((bP,X3)=>{"use strict";var eh=B3();X3.exports=eh});var Y3=u(($P,Q3)=>{"use strict";function th(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}Q3.exports=th});var J3=u((UP,Z3)=>{"use strict";function ih(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}Z3.exports=ih});var x3=u((WP,z3)=>{"use strict";var K3=C(),nh=Dr(),sh=I(),ah=vr(),oh=P(),uh=Y3(),vh=J3(),Je=.6931471803691238,Ke=19082149292705877e-26,ch=0x40000000000000,fh=.3333333333333333,j3=1048575,lh=2146435072,ph=1048576,mh=1072693248;function dh(r){var e,t,i,n,s,a,o,v,f,c,l,m;return r===0?oh:sh(r)||r<0?NaN:(t=K3(r),s=0,t<ph&&(s-=54,r*=ch,t=K3(r)),t>=lh?r+r:(s+=(t>>20)-ah|0,t&=j3,v=t+614244&1048576|0,r=nh(r,t|v^mh),s+=v>>20|0,o=r-1,(j3&2+t)<3?o===0?s===0?0:s*Je+s*Ke:(a=o*o*(.5-fh*o),s===0?o-a:s*Je-(a-s*Ke-o)):(c=o/(2+o),m=c*c,v=t-398458|0,l=m*m,f=440401-t|0,n=l*uh(l),i=m*vh(l),v|=f,a=i+n,v>0?(e=.5*o*o,s===0?o-(e-c*(e+a)):s*Je-(e-(c*(e+a)+s*Ke)-o)):s===0?o-c*(o-a):s*Je-(c*(o-a)-s*Ke-o))))}z3.exports=dh});var F=u((BP,r6)=>{"use strict";var qh=x3();r6.exports=qh});var i6=u((XP,t6)=>{"use strict";var gh=C(),Oi=yi(),e6=hi(),yh=Ni(),hh=cr(),Sh=te(),tr=[0,0],Ih=1072243195,Ah=1044381696;function Nh(r){var e,t;if(e=gh(r),e&=hh,e<=Ih)return e<Ah?1:Oi(r,0);if(e>=Sh)return NaN;switch(t=yh(r,tr),t&3){case 0:return Oi(tr[0],tr[1]);case 1:return-e6(tr[0],tr[1]);case 2:return-Oi(tr[0],tr[1]);default:return e6(tr[0],tr[1])}}t6.exports=Nh});var s6=u((VP,n6)=>{"use strict";var _h=i6();n6.exports=_h});var u6=u((QP,o6)=>{"use strict";var Eh=I(),wh=Er(),a6=s6(),Ri=Ei(),Th=N(),oe=Ce(),ue=br();function Oh(r){var e,t;return Eh(r)?NaN:wh(r)?NaN:(t=r%2,e=Th(t),e===0||e===1?oe(0,t):e<.25?Ri(ue*t):e<.75?(e=.5-e,oe(a6(ue*e),t)):e<1.25?(t=oe(1,t)-t,Ri(ue*t)):e<1.75?(e-=1.5,-oe(a6(ue*e),t)):(t-=oe(2,t),Ri(ue*t)))}o6.exports=Oh});var c6=u((YP,v6)=>{"use strict";var Rh=u6();v6.exports=Rh});var l6=u((ZP,f6)=>{"use strict";function Ph(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}f6.exports=Ph});var m6=u((JP,p6)=>{"use strict";function Fh(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}p6.exports=Fh});var q6=u((KP,d6)=>{"use strict";function Lh(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}d6.exports=Lh});var y6=u((jP,g6)=>{"use strict";function Ch(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}g6.exports=Ch});var S6=u((zP,h6)=>{"use strict";function kh(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}h6.exports=kh});var A6=u((xP,I6)=>{"use strict";function Dh(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}I6.exports=Dh});var _6=u((rF,N6)=>{"use strict";function Gh(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}N6.exports=Gh});var w6=u((eF,E6)=>{"use strict";function Mh(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}E6.exports=Mh});var O6=u((tF,T6)=>{"use strict";function Hh(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}T6.exports=Hh});var P6=u((iF,R6)=>{"use strict";function bh(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}R6.exports=bh});var C6=u((nF,L6)=>{"use strict";var $h=I(),Uh=Er(),Wh=N(),Ur=F(),Bh=Gr(),Xh=c6(),Vh=br(),Pi=A(),Qh=l6(),Yh=m6(),Zh=q6(),Jh=y6(),Kh=S6(),jh=A6(),zh=_6(),xh=w6(),rS=O6(),eS=P6(),tS=.07721566490153287,iS=.3224670334241136,nS=1,sS=-.07721566490153287,aS=.48383612272381005,oS=-.1475877229945939,uS=.06462494023913339,vS=-.07721566490153287,cS=1,fS=.4189385332046727,je=1.4616321449683622,lS=4503599627370496,pS=72057594037927940,mS=13877787807814457e-33,F6=1.4616321449683622,dS=-.12148629053584961,qS=-3638676997039505e-33;function gS(r){var e,t,i,n,s,a,o,v,f,c,l,m,p;if($h(r)||Uh(r))return r;if(r===0)return Pi;if(r<0?(e=!0,r=-r):e=!1,r<mS)return-Ur(r);if(e){if(r>=lS||(f=Xh(r),f===0))return Pi;t=Ur(Vh/Wh(f*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-Ur(r),r>=je-1+.27?(l=1-r,i=0):r>=je-1-.27?(l=r-(F6-1),i=1):(l=r,i=2)):(p=0,r>=je+.27?(l=2-r,i=0):r>=je-.27?(l=r-F6,i=1):(l=r-1,i=2)),i){case 0:m=l*l,a=tS+m*Qh(m),s=m*(iS+m*Yh(m)),o=l*a+s,p+=o-.5*l;break;case 1:m=l*l,c=m*l,a=aS+c*Kh(c),s=oS+c*jh(c),n=uS+c*zh(c),o=m*a-(qS-c*(s+l*n)),p+=dS+o;break;case 2:a=l*(vS+l*xh(l)),s=cS+l*rS(l),p+=-.5*l+a/s;break}else if(r<8)switch(i=Bh(r),l=r-i,o=l*(sS+l*Jh(l)),v=nS+l*Zh(l),p=.5*l+o/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=Ur(m)}else r<pS?(f=Ur(r),m=1/r,l=m*m,c=fS+m*eS(l),p=(r-.5)*(f-1)+c):p=r*(Ur(r)-1);return e&&(p=t-p),p}L6.exports=gS});var ve=u((sF,k6)=>{"use strict";var yS=C6();k6.exports=yS});var ir=u((aF,D6)=>{"use strict";var hS=709.782712893384;D6.exports=hS});var M6=u((oF,G6)=>{"use strict";var SS=14901161193847656e-24;G6.exports=SS});var b6=u((uF,H6)=>{"use strict";var IS=eval;H6.exports=IS});var U6=u((vF,$6)=>{"use strict";var AS=b6();function NS(){var r;try{AS('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}$6.exports=NS});var Fi=u((cF,W6)=>{"use strict";var _S=U6();W6.exports=_S});var X6=u((fF,B6)=>{"use strict";var ze=N(),ES=W(),wS=1e6;function TS(r,e){var t,i,n,s,a,o;if(o={},arguments.length>1&&(o=e),i=o.tolerance||ES,s=o.maxTerms||wS,a=o.initialValue||0,t=typeof r.next=="function",t===!0){for(n of r)if(a+=n,ze(i*a)>=ze(n)||--s===0)break}else do n=r(),a+=n;while(ze(i*a)<ze(n)&&--s);return a}B6.exports=TS});var Y6=u((lF,Q6)=>{"use strict";var V6=N(),OS=W(),RS=1e6;function PS(r,e){var t,i,n,s,a;a={},arguments.length>1&&(a=e),t=a.tolerance||OS,n=a.maxTerms||RS,s=a.initialValue||0;do i=r(),s+=i;while(V6(t*s)<V6(i)&&--n);return s}Q6.exports=PS});var Wr=u((pF,Z6)=>{"use strict";var FS=Fi(),LS=X6(),CS=Y6(),Li;FS()?Li=LS:Li=CS;Z6.exports=Li});var K6=u((mF,J6)=>{"use strict";function kS(r,e){var t=1,i=r,n=e;return s;function s(){var a=t;return t*=i/n,i-=1,a}}J6.exports=kS});var z6=u((dF,j6)=>{"use strict";var DS=Wr(),GS=K6();function MS(r,e){var t,i;return i=GS(r,e),t=DS(i),t}j6.exports=MS});var rc=u((qF,x6)=>{"use strict";var HS=w();function bS(r,e){var t,i,n,s;if(n=HS(-e),i=n,i!==0)for(t=i,s=1;s<r;++s)t/=s,t*=e,i+=t;return i}x6.exports=bS});var tc=u((gF,ec)=>{"use strict";function $S(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}ec.exports=$S});var nc=u((yF,ic)=>{"use strict";function US(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}ic.exports=US});var ac=u((hF,sc)=>{"use strict";function WS(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}sc.exports=WS});var uc=u((SF,oc)=>{"use strict";function BS(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}oc.exports=BS});var cc=u((IF,vc)=>{"use strict";function XS(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}vc.exports=XS});var lc=u((AF,fc)=>{"use strict";function VS(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}fc.exports=VS});var mc=u((NF,pc)=>{"use strict";function QS(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}pc.exports=QS});var qc=u((_F,dc)=>{"use strict";function YS(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}dc.exports=YS});var Sc=u((EF,hc)=>{"use strict";var ZS=I(),gc=w(),JS=Hr(),KS=A(),jS=P(),zS=tc(),xS=nc(),rI=ac(),eI=uc(),tI=cc(),iI=lc(),nI=mc(),sI=qc(),xe=1e-300,aI=13877787807814457e-33,yc=.8450629115104675,oI=.12837916709551256,uI=1,vI=-.0023621185607526594,cI=1,fI=-.009864944034847148,lI=1,pI=-.0098649429247001,mI=1;function dI(r){var e,t,i,n,s,a,o,v;if(ZS(r))return NaN;if(r===KS)return 0;if(r===jS)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<aI?1-r:(i=r*r,n=oI+i*zS(i),s=uI+i*xS(i),a=n/s,r<.25?1-(r+r*a):(n=r*a,n+=r-.5,.5-n));if(t<1.25)return s=t-1,o=vI+s*rI(s),v=cI+s*eI(s),e?1+yc+o/v:1-yc-o/v;if(t<28){if(s=1/(t*t),t<2.857142857142857)n=fI+s*tI(s),s=lI+s*iI(s);else{if(r<-6)return 2-xe;n=pI+s*nI(s),s=mI+s*sI(s)}return i=JS(t,0),n=gc(-(i*i)-.5625)*gc((i-t)*(i+t)+n/s),e?2-n/t:n/t}return e?2-xe:xe*xe}hc.exports=dI});var Ci=u((wF,Ic)=>{"use strict";var qI=Sc();Ic.exports=qI});var _c=u((TF,Nc)=>{"use strict";var gI=Ci(),Ac=b(),yI=w(),hI=br();function SI(r,e){var t,i,n,s,a;if(s=gI(Ac(e)),s!==0&&r>1){for(i=yI(-e)/Ac(hI*e),i*=e,t=.5,i/=t,n=i,a=2;a<r;++a)i/=a-t,i*=e,n+=i;s+=n}return s}Nc.exports=SI});var Rr=u((OF,Ec)=>{"use strict";var II=-708.3964185322641;Ec.exports=II});var Rc=u((RF,Oc)=>{"use strict";var Br=w(),rt=O(),AI=F(),wc=ir(),Tc=Rr();function NI(r,e){var t,i;return i=r*AI(e),e>=1?i<wc&&-e>Tc?t=rt(e,r)*Br(-e):r>=1?t=rt(e/Br(e/r),r):t=Br(i-e):i>Tc?t=rt(e,r)*Br(-e):e/r<wc?t=rt(e/Br(e/r),r):t=Br(i-e),t}Oc.exports=NI});var ki=u((PF,Pc)=>{"use strict";function _I(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}Pc.exports=_I});var Lc=u((FF,Fc)=>{"use strict";var EI=Function;Fc.exports=EI});var kc=u((LF,Cc)=>{"use strict";var wI=Lc();Cc.exports=wI});var Gc=u((CF,Dc)=>{"use strict";var TI=kc(),OI=ki();function RI(r){var e,t,i,n;if(r.length>500)return s;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,n=1;n<t;n++)e+="+x*",n<i&&(e+="("),e+=r[n];for(n=0;n<i-1;n++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new TI(e)();function s(a){return OI(r,a)}}Dc.exports=RI});var bc=u((kF,Hc)=>{"use strict";var PI=ur(),Mc=ki(),FI=Gc();PI(Mc,"factory",FI);Hc.exports=Mc});var Uc=u((DF,$c)=>{"use strict";function LI(r){var e=-r,t=-1,i=0;return n;function n(){return t*=e,i+=1,t/i}}$c.exports=LI});var Bc=u((GF,Wc)=>{"use strict";var CI=N(),kI=F(),DI=W(),GI=Wr(),MI=Uc();function HI(r){var e,t;return r<=-1?NaN:(t=CI(r),t>.95?kI(1+r)-r:t<DI?-r*r/2:(e={initialValue:-r},GI(MI(r),e)))}Wc.exports=HI});var Di=u((MF,Xc)=>{"use strict";var bI=Bc();Xc.exports=bI});var Qc=u((HF,Vc)=>{"use strict";var $I=6.283185307179586;Vc.exports=$I});var Zc=u((bF,Yc)=>{"use strict";function UI(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}Yc.exports=UI});var Kc=u(($F,Jc)=>{"use strict";function WI(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}Jc.exports=WI});var zc=u((UF,jc)=>{"use strict";function BI(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}jc.exports=BI});var rf=u((WF,xc)=>{"use strict";function XI(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}xc.exports=XI});var tf=u((BF,ef)=>{"use strict";function VI(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}ef.exports=VI});var sf=u((XF,nf)=>{"use strict";function QI(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}nf.exports=QI});var of=u((VF,af)=>{"use strict";function YI(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}af.exports=YI});var vf=u((QF,uf)=>{"use strict";function ZI(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}uf.exports=ZI});var ff=u((YF,cf)=>{"use strict";function JI(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}cf.exports=JI});var pf=u((ZF,lf)=>{"use strict";var KI=bc(),jI=Di(),zI=Ci(),Gi=b(),xI=w(),rA=Qc(),eA=Zc(),tA=Kc(),iA=zc(),nA=rf(),sA=tf(),aA=sf(),oA=of(),uA=vf(),vA=ff(),$=[0,0,0,0,0,0,0,0,0,0];function cA(r,e){var t,i,n,s,a;return i=(e-r)/r,n=-jI(i),s=r*n,a=Gi(2*n),e<r&&(a=-a),$[0]=eA(a),$[1]=tA(a),$[2]=iA(a),$[3]=nA(a),$[4]=sA(a),$[5]=aA(a),$[6]=oA(a),$[7]=uA(a),$[8]=vA(a),$[9]=-.0005967612901927463,t=KI($,1/r),t*=xI(-s)/Gi(rA*r),e<r&&(t=-t),t+=zI(Gi(s))/2,t}lf.exports=cA});var df=u((JF,mf)=>{"use strict";function fA(r,e){var t=1,i=r,n=e;return s;function s(){var a=t;return i+=1,t*=n/i,a}}mf.exports=fA});var Mi=u((KF,qf)=>{"use strict";var lA=Wr(),pA=df();function mA(r,e,t){var i,n;return t=t||0,n=pA(r,e),i=lA(n,{initialValue:t}),i}qf.exports=mA});var yf=u((jF,gf)=>{"use strict";function dA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}gf.exports=dA});var Sf=u((zF,hf)=>{"use strict";var qA=yf();hf.exports=qA});var ce=u((xF,If)=>{"use strict";var gA=Sf();If.exports=gA});var _f=u((rL,Nf)=>{"use strict";var yA=ce(),hA=ve(),SA=mr(),IA=Di(),AA=b(),NA=N(),dr=w(),fe=O(),Hi=rr(),bi=B(),Af=F(),_A=$e(),et=ir(),le=Rr(),$i=$r(),EA=Tr();function wA(r,e){var t,i,n,s,a,o,v;return n=r+$i-.5,v=(e-r-$i+.5)/n,r<1?e<=le||r<1/_A?dr(r*Af(e)-e-hA(r)):fe(e,r)*dr(-e)/SA(r):(NA(v*v*r)<=100&&r>150?(t=r*IA(v)+e*(.5-$i)/n,t=dr(t)):(s=r*Af(e/n),a=r-e,bi(s,a)<=le||Hi(s,a)>=et?(i=a/r,bi(s,a)/2>le&&Hi(s,a)/2<et?(o=fe(e/n,r/2)*dr(a/2),t=o*o):bi(s,a)/4>le&&Hi(s,a)/4<et&&e>r?(o=fe(e/n,r/4)*dr(a/4),t=o*o,t*=t):i>le&&i<et?t=fe(e*dr(i)/n,r):t=dr(s+a)):t=fe(e/n,r)*dr(a)),t*=AA(n/EA)/yA(r),t)}Nf.exports=wA});var Tf=u((eL,wf)=>{"use strict";var Ui=I(),TA=Er(),Ef=N(),OA=ee(),RA=F(),PA=O(),FA=Gr();function LA(r,e){var t,i;if(Ui(r)||Ui(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((Ef(e*(r-1))<.5||Ef(e)<.2)&&(i=RA(r)*e,i<.5))return OA(i)}else if(FA(e)!==e)return NaN;return t=PA(r,e)-1,TA(t)||Ui(t)?NaN:t}wf.exports=LA});var Rf=u((tL,Of)=>{"use strict";var CA=Tf();Of.exports=CA});var Ff=u((iL,Pf)=>{"use strict";function kA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}Pf.exports=kA});var Cf=u((nL,Lf)=>{"use strict";function DA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}Lf.exports=DA});var Df=u((sL,kf)=>{"use strict";function GA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}kf.exports=GA});var Mf=u((aL,Gf)=>{"use strict";var Wi=F(),MA=W(),HA=Ff(),bA=Cf(),$A=Df(),UA=.15896368026733398,WA=.5281534194946289,BA=.45201730728149414;function XA(r,e,t){var i,n,s,a;if(r<MA)return-Wi(r);if(e===0||t===0)return 0;if(n=0,r>2){if(r>=3){do r-=1,t-=1,n+=Wi(r);while(r>=3);t=r-2}return s=t*(r+1),a=HA(t),n+=s*UA+s*a,n}return r<1&&(n+=-Wi(r),t=e,e=r,r+=1),r<=1.5?(s=bA(e),i=e*t,n+=i*WA+i*s,n):(s=t*e,a=$A(-t),n+=s*BA+s*a,n)}Gf.exports=XA});var Wf=u((oL,Uf)=>{"use strict";var Hf=mr(),bf=ee(),VA=z(),QA=I(),$f=Mf();function YA(r){return QA(r)?NaN:r<0?r<-.5?Hf(1+r)-1:bf(-VA(r)+$f(r+2,r+1,r)):r<2?bf($f(r+1,r,r-1)):Hf(1+r)-1}Uf.exports=YA});var Xf=u((uL,Bf)=>{"use strict";var ZA=Wf();Bf.exports=ZA});var Qf=u((vL,Vf)=>{"use strict";function JA(r,e){var t,i,n,s;return t=-e,e=-e,i=r+1,n=1,a;function a(){return s=t/i,t*=e,n+=1,t/=n,i+=1,s}}Vf.exports=JA});var Zf=u((cL,Yf)=>{"use strict";var KA=Rf(),jA=Wr(),zA=Xf(),xA=Qf();function rN(r,e,t){var i,n,s,a,o;return n=zA(r),s=(n+1)/r,a=KA(e,r),n-=a,n/=r,o=xA(r,e),a+=1,i=t?s:0,n=-a*jA(o,{initialValue:(i-n)/a}),t&&(n=-n),[n,s]}Yf.exports=rN});var Bi=u((fL,Jf)=>{"use strict";var eN=11754943508222875e-54;Jf.exports=eN});var jf=u((lL,Kf)=>{"use strict";var tt=N(),X=Bi(),tN=W(),iN=1e6;function nN(r,e,t){var i,n,s,a,o,v,f;if(i=typeof r.next=="function",f=i?r.next().value:r(),a=f[1],s=f[0],a===0&&(a=X),o=a,v=0,i===!0)do f=r.next().value,f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,n=o*v,a*=n);while(tt(n-1)>e&&--t);else do f=r(),f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,n=o*v,a*=n);while(f&&tt(n-1)>e&&--t);return s/a}function sN(r,e,t){var i,n,s,a,o,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),s=v[1],s===0&&(s=X),a=s,o=0,i===!0)do v=r.next().value,v&&(o=v[1]+v[0]*o,o===0&&(o=X),a=v[1]+v[0]/a,a===0&&(a=X),o=1/o,n=a*o,s*=n);while(v&&tt(n-1)>e&&--t);else do v=r(),v&&(o=v[1]+v[0]*o,o===0&&(o=X),a=v[1]+v[0]/a,a===0&&(a=X),o=1/o,n=a*o,s*=n);while(v&&tt(n-1)>e&&--t);return s}function aN(r,e){var t,i,n;return i={},arguments.length>1&&(i=e),t=i.maxIter||iN,n=i.tolerance||tN,i.keep?sN(r,n,t):nN(r,n,t)}Kf.exports=aN});var r4=u((pL,xf)=>{"use strict";var zf=N(),oN=W(),Xr=Bi(),uN=1e6;function vN(r,e,t){var i,n,s,a,o,v;v=r(),o=v[1],n=v[0],o===0&&(o=Xr),s=o,a=0;do v=r(),v&&(a=v[1]+v[0]*a,a===0&&(a=Xr),s=v[1]+v[0]/s,s===0&&(s=Xr),a=1/a,i=s*a,o*=i);while(v&&zf(i-1)>e&&--t);return n/o}function cN(r,e,t){var i,n,s,a,o;o=r(),a=o[1],a===0&&(a=Xr),n=a,s=0;do o=r(),o&&(s=o[1]+o[0]*s,s===0&&(s=Xr),n=o[1]+o[0]/n,n===0&&(n=Xr),s=1/s,i=n*s,a*=i);while(o&&zf(i-1)>e&&--t);return a}function fN(r,e){var t,i,n;return i={},arguments.length>1&&(i=e),n=i.tolerance||oN,t=i.maxIter||uN,i.keep?cN(r,n,t):vN(r,n,t)}xf.exports=fN});var Vi=u((mL,e4)=>{"use strict";var lN=Fi(),pN=jf(),mN=r4(),Xi;lN()?Xi=pN:Xi=mN;e4.exports=Xi});var i4=u((dL,t4)=>{"use strict";function dN(r,e){var t=e-r+1,i=r,n=0;return s;function s(){return n+=1,t+=2,[n*(i-n),t]}}t4.exports=dN});var Qi=u((qL,n4)=>{"use strict";var qN=Vi(),gN=i4();function yN(r,e){var t=gN(r,e);return 1/(e-r+1+qN(t))}n4.exports=yN});var u4=u((gL,o4)=>{"use strict";var hN=R(),pe=mr(),Yi=N(),s4=O(),SN=F(),IN=M6(),a4=$e(),AN=ir(),NN=z6(),_N=rc(),EN=_c(),Zi=Rc(),wN=pf(),TN=Mi(),Ji=_f(),ON=Zf(),RN=Qi();function PN(r,e,t,i){var n,s,a,o,v,f,c,l,m,p,g,d,h,q;switch(c=0,l=i,f=e<30&&e<=r+1&&r<AN,f?(h=hN(e),m=h===e,a=m?!1:Yi(h-e)===.5):(m=!1,a=!1),m&&r>.6?(l=!l,s=0):a&&r>.2?(l=!l,s=1):r<IN&&e>1?s=6:r>1e3&&(e<r||Yi(e-50)/r<1)?(l=!l,s=7):r<.5?-.4/SN(r)<e?s=2:s=3:r<1.1?r*.75<e?s=2:s=3:(v=!1,t&&e>20&&(p=Yi((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?s=5:r-1/(3*r)<e?s=2:(s=4,l=!l)),s){case 0:c=_N(e,r),t===!1&&(c*=pe(e));break;case 1:c=EN(e,r),t===!1&&(c*=pe(e));break;case 2:c=t?Ji(e,r):Zi(e,r),c!==0&&(o=0,n=!1,l&&(o=t?1:pe(e),t||c>=1||a4*c>o?(o/=c,t||e<1||a4/e>o?(o*=-e,n=!0):o=0):o=0),c*=TN(e,r,o)/e,n&&(l=!1,c=-c));break;case 3:l=!l,g=ON(e,r,l),c=g[0],q=g[1],l=!1,t&&(c/=q);break;case 4:c=t?Ji(e,r):Zi(e,r),c!==0&&(c*=RN(e,r));break;case 5:c=wN(e,r),r>=e&&(l=!l);break;case 6:c=t?s4(r,e)/pe(e+1):s4(r,e)/e,c*=1-e*r/(e+1);break;case 7:c=t?Ji(e,r):Zi(e,r),c/=r,c!==0&&(c*=NN(e,r));break}return t&&c>1&&(c=1),l&&(d=t?1:pe(e),c=d-c),c}o4.exports=PN});var l4=u((yL,f4)=>{"use strict";var FN=ve(),LN=w(),V=F(),CN=wi(),kN=ir(),DN=A(),GN=ae(),v4=u4(),c4=Mi(),MN=Qi();function HN(r,e,t,i){var n,s,a,o;return r<0||e<=0?NaN:(n=t===void 0?!0:t,a=i,e>=GN&&!n?(a&&e*4<r?(o=e*V(r)-r,o+=V(MN(e,r))):!a&&e>4*r?(o=e*V(r)-r,s=0,o+=V(c4(e,r,s)/e)):(o=v4(r,e,!0,a),o===0?a?(o=1+1/(12*e)+1/(288*e*e),o=V(o)-e+(e-.5)*V(e),o+=V(CN)):(o=e*V(r)-r,s=0,o+=V(c4(e,r,s)/e)):o=V(o)+FN(e)),o>kN?DN:LN(o)):v4(r,e,n,a))}f4.exports=HN});var m4=u((hL,p4)=>{"use strict";var bN=l4();p4.exports=bN});var y4=u((SL,g4)=>{"use strict";var Vr=w(),it=O(),$N=F(),d4=ir(),q4=Rr();function UN(r,e){var t,i;return i=r*$N(e),e>=1?i<d4&&-e>q4?t=it(e,r)*Vr(-e):r>=1?t=it(e/Vr(e/r),r):t=Vr(i-e):i>q4?t=it(e,r)*Vr(-e):e/r<d4?t=it(e/Vr(e/r),r):t=Vr(i-e),t}g4.exports=UN});var I4=u((IL,S4)=>{"use strict";var WN=ce(),BN=ve(),XN=mr(),VN=z(),QN=b(),YN=N(),qr=w(),me=O(),Ki=rr(),ji=B(),h4=F(),nt=ir(),de=Rr(),zi=$r(),ZN=Tr();function JN(r,e){var t,i,n,s,a,o,v;return n=r+zi-.5,v=(e-r-zi+.5)/n,r<1?e<=de?qr(r*h4(e)-e-BN(r)):me(e,r)*qr(-e)/XN(r):(YN(v*v*r)<=100&&r>150?(t=r*(VN(v)-v)+e*(.5-zi)/n,t=qr(t)):(s=r*h4(e/n),a=r-e,ji(s,a)<=de||Ki(s,a)>=nt?(i=a/r,ji(s,a)/2>de&&Ki(s,a)/2<nt?(o=me(e/n,r/2)*qr(a/2),t=o*o):ji(s,a)/4>de&&Ki(s,a)/4<nt&&e>r?(o=me(e/n,r/4)*qr(a/4),t=o*o,t*=t):i>de&&i<nt?t=me(e*qr(i)/n,r):t=qr(s+a)):t=me(e/n,r)*qr(a)),t*=QN(n/ZN)/WN(r),t)}S4.exports=JN});var w4=u((AL,E4)=>{"use strict";var KN=V3(),A4=Ti(),jN=m4(),zN=z(),st=N(),N4=O(),xN=F(),r_=Mr(),_4=W(),e_=y4(),t_=I4(),gr=new Array(30);function i_(r,e,t,i,n,s,a){var o,v,f,c,l,m,p,g,d,h,q,S,y,k,_,M,H,L;if(m=e-1,H=r+m/2,i<.35?h=zN(-i):h=xN(t),L=-H*h,S=t_(e,L),S<=r_)return n;for(a?(o=S/KN(r,e),o/=N4(H,e)):o=e_(e,L)/N4(H,e),o*=s,gr[0]=1,y=jN(L,e,!0,!0),y/=S,c=n+o*y,f=1,p=h/2,p*=p,g=1,q=4*H*H,l=e,_=1;_<gr.length;++_){for(f+=2,gr[_]=0,d=e-_,v=3,k=1;k<_;++k)d=k*e-_,gr[_]+=d*gr[_-k]/A4(v),v+=2;if(gr[_]/=_,gr[_]+=m/A4(f),y=(l*(l+1)*y+(L+l+1)*g)/q,g*=p,l+=2,M=o*gr[_]*y,c+=M,M>1){if(st(M)<st(_4*c))break}else if(st(M/_4)<st(c))break}return c}E4.exports=i_});var O4=u((NL,T4)=>{"use strict";function n_(r,e,t){var i,n;if(t===0)return 1;for(i=1,n=0;n<t;n++)i*=(r+n)/(e+n);return i}T4.exports=n_});var F4=u((_L,P4)=>{"use strict";var R4=N(),s_=rr();function a_(r,e){return s_(R4(r),R4(e))}P4.exports=a_});var C4=u((EL,L4)=>{"use strict";var o_=F4();L4.exports=o_});var G4=u((wL,D4)=>{"use strict";var k4=N(),u_=B();function v_(r,e){return u_(k4(r),k4(e))}D4.exports=v_});var H4=u((TL,M4)=>{"use strict";var c_=G4();M4.exports=c_});var ot=u((OL,U4)=>{"use strict";var xi=ce(),f_=C4(),l_=H4(),b4=ee(),yr=z(),$4=b(),at=N(),Q=w(),Y=O(),p_=B(),D=F(),Z=ir(),Qr=Rr(),r0=$r(),m_=Tr();function d_(r,e,t,i,n){var s,a,o,v,f,c,l,m,p,g,d,h,q,S;if(!n)return Y(t,r)*Y(i,e);if(q=r+e,v=r+r0-.5,f=e+r0-.5,c=q+r0-.5,s=xi(q),s/=xi(r)*xi(e),s*=$4(f/m_),s*=$4(v/c),l=(t*e-i*v)/v,m=(i*r-t*f)/f,l_(l,m)<.2)if(l*m>0||p_(r,e)<1)at(l)<.1?s*=Q(r*yr(l)):s*=Y(t*c/v,r),at(m)<.1?s*=Q(e*yr(m)):s*=Y(i*c/f,e);else if(f_(l,m)<.5)a=r<e,o=e/r,a&&o*m<.1||!a&&l/o>.1?(p=b4(o*yr(m)),p=l+p+p*l,p=r*yr(p),s*=Q(p)):(p=b4(yr(l)/o),p=m+p+p*m,p=e*yr(p),s*=Q(p));else if(at(l)<at(m))if(S=r*yr(l)+e*D(i*c/f),S<=Qr||S>=Z){if(S+=D(s),S>=Z)return NaN;s=Q(S)}else s*=Q(S);else if(S=e*yr(m)+r*D(t*c/v),S<=Qr||S>=Z){if(S+=D(s),S>=Z)return NaN;s=Q(S)}else s*=Q(S);else if(d=t*c/v,h=i*c/f,l=r*D(d),m=e*D(h),l>=Z||l<=Qr||m>=Z||m<=Qr)if(r<e)if(g=Y(h,e/r),p=r*(D(d)+D(g)),p<Z&&p>Qr)s*=Y(g*d,r);else{if(m+=l+D(s),m>=Z)return NaN;s=Q(m)}else if(g=Y(d,r/e),p=(D(g)+D(h))*e,p<Z&&p>Qr)s*=Y(g*h,e);else{if(m+=l+D(s),m>=Z)return NaN;s=Q(m)}else s*=Y(d,r)*Y(h,e);return s}U4.exports=d_});var B4=u((RL,W4)=>{"use strict";var q_=Vi(),g_=ot(),y_={keep:!0,maxIter:1e3};function h_(r,e,t,i){var n=0;return s;function s(){var a,o,v;return o=(r+n-1)*(r+e+n-1)*n*(e-n)*t*t,a=r+2*n-1,o/=a*a,v=n,v+=n*(e-n)*t/(r+2*n-1),v+=(r+n)*(r*i-e*t+1+n*(2-t))/(r+2*n+1),n+=1,[o,v]}}function S_(r,e,t,i,n,s){var a,o,v;return a=g_(r,e,t,i,n),s&&(s[1]=a),a===0?a:(v=h_(r,e,t,i),o=q_(v,y_),a/o)}W4.exports=S_});var V4=u((PL,X4)=>{"use strict";var I_=9007199254740991;X4.exports=I_});var Y4=u((FL,Q4)=>{"use strict";function A_(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}Q4.exports=A_});var J4=u((LL,Z4)=>{"use strict";function N_(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}Z4.exports=N_});var tl=u((CL,el)=>{"use strict";var K4=I(),j4=wr(),z4=A(),x4=P(),rl=gi(),__=Y4(),E_=J4();function w_(r,e){return K4(r)||K4(e)?NaN:r===z4||e===z4||r===x4||e===x4?NaN:j4(r)&&j4(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=rl&&e<=rl?__(r,e):E_(r,e)):NaN}el.exports=w_});var nl=u((kL,il)=>{"use strict";var T_=tl();il.exports=T_});var ul=u((DL,ol)=>{"use strict";var O_=V4(),R_=A(),sl=wr(),al=I(),P_=De(),F_=R(),L_=nl();function e0(r,e){var t,i,n,s,a,o,v;if(al(r)||al(e))return NaN;if(!sl(r)||!sl(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,P_(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=F_(O_/r),t=1,a=1;a<=e&&!(t>v);a++)t*=r,t/=a,r-=1;return a>e?i*t:(n=e0(r,e-a+1),n===R_?i*n:(s=e0(e,e-a+1),o=L_(n,s),n/=o,s/=o,t/=s,i*t*n))}ol.exports=e0});var cl=u((GL,vl)=>{"use strict";var C_=ul();vl.exports=C_});var pl=u((ML,ll)=>{"use strict";var fl=cl(),Pr=R(),qe=O(),k_=Mr();function D_(r,e,t,i){var n,s,a,o,v;if(s=qe(t,r),s>k_)for(o=s,v=Pr(r-1);v>e;v--)o*=(v+1)*i/((r-v)*t),s+=o;else if(a=Pr(r*t),a<=e+1&&(a=Pr(e+2)),s=qe(t,a)*qe(i,r-a),s*=fl(Pr(r),Pr(a)),s===0)for(v=a-1;v>e;v--)s+=qe(t,v)*qe(i,r-v),s*=fl(Pr(r),Pr(v));else{for(o=s,n=s,v=a-1;v>e;v--)o*=(v+1)*i/((r-v)*t),s+=o;for(o=n,v=a+1;v<=r;v++)o*=(r-v+1)*t/(v*i),s+=o}return s}ll.exports=D_});var dl=u((HL,ml)=>{"use strict";var G_=ot();function M_(r,e,t,i,n,s,a){var o,v,f,c;if(o=G_(r,e,t,i,s),a&&(a[1]=o),o/=r,o===0)return o;for(f=1,v=1,c=0;c<n-1;++c)v*=(r+e+c)*t/(r+c+1),f+=v;return o*=f,o}ml.exports=M_});var Sl=u((bL,hl)=>{"use strict";var t0=ce(),H_=Wr(),b_=z(),$_=b(),i0=w(),ut=O(),ge=F(),U_=Mr(),ql=ir(),gl=Rr(),n0=$r(),W_=Tr(),yl={maxTerms:100};function B_(r,e,t,i){var n=1-e,s=1;return a;function a(){var o=i/r;return r+=1,i*=n*t/s,s+=1,n+=1,o}}function X_(r,e,t,i,n,s,a){var o,v,f,c,l,m,p,g;return n?(p=r+e,v=r+n0-.5,f=e+n0-.5,c=p+n0-.5,o=t0(p)/(t0(r)*t0(e)),l=ge(c/f)*(e-.5),m=ge(t*c/v)*r,l>gl&&l<ql&&m>gl&&m<ql?(r*e<f*10?o*=i0((e-.5)*b_(r/f)):o*=ut(c/f,e-.5),o*=ut(t*c/v,r),o*=$_(v/W_),s&&(s[1]=o*ut(a,e))):(o=ge(o)+l+m+(ge(v)-1)/2,s&&(s[1]=i0(o+e*ge(a))),o=i0(o))):o=ut(t,r),o<U_?i:(g=B_(r,e,t,o),yl.initialValue=i,H_(g,yl))}hl.exports=X_});var o0=u(($L,Tl)=>{"use strict";var V_=I(),Q_=ee(),vt=R(),Il=z(),Al=lu(),G=M2(),s0=b(),Y_=w(),ye=O(),Z_=rr(),Nl=B(),ct=$e(),_l=Mr(),J_=gi(),K_=tv(),wl=br(),hr=w4(),a0=O4(),j_=ot(),El=B4(),z_=pl(),he=dl(),J=Sl(),x_=1/wl;function rE(r,e,t,i,n,s,a,o){var v,f,c,l,m,p,g,d,h,q,S,y;if(y=1-r,g=o,d=o+a,s[d]=-1,V_(r)||r<0||r>1)return s[g]=NaN,s[d]=NaN,s;if(i){if(e<0||t<0)return s[g]=NaN,s[d]=NaN,s;if(e===0){if(t===0)return s[g]=NaN,s[d]=NaN,s;if(t>0)return s[g]=n?0:1,s}else if(t===0&&e>0)return s[g]=n?1:0,s}else if(e<=0||t<=0)return s[g]=NaN,s[d]=NaN,s;return r===0?(e===1?s[d]=1:s[d]=e<1?ct/2:_l*2,n?(s[g]=i?1:G(e,t),s):(s[g]=0,s)):r===1?(t===1?s[d]=1:s[d]=t<1?ct/2:_l*2,n?s[g]=0:s[g]=i?1:G(e,t),s):e===.5&&t===.5?(s[d]=x_*s0(y*r),S=Al(s0(n?y:r)),S/=K_,i||(S*=wl),s[g]=S,s):(e===1&&(p=t,t=e,e=p,p=y,y=r,r=p,n=!n),t===1?e===1?(s[g]=n?y:r,s[d]=1,s):(s[d]=e*ye(r,e-1),y<.5?S=n?-Q_(e*Il(-y)):Y_(e*Il(-y)):S=n?-(ye(r,e)-1):ye(r,e),i||(S/=e),s[g]=S,s):(Nl(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=y,y=r,r=p,n=!n),Z_(e,t)<=1?e>=Nl(.2,t)||ye(r,e)<=.9?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(p=t,t=e,e=p,p=y,y=r,r=p,n=!n,y>=.3?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(i?f=1:f=a0(e+t,e,20),c=he(e,t,r,y,20,i,s),n?(c-=i?1:G(e,t),n=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i))):t<=1||r<.1&&ye(t*r,e)<=.7?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(p=t,t=e,e=p,p=y,y=r,r=p,n=!n,y>=.3?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):e>=15?n?(c=-(i?1:G(e,t)),n=!1,c=-hr(e,t,r,y,c,1,i)):c=hr(e,t,r,y,0,1,i):(i?f=1:f=a0(e+t,e,20),c=he(e,t,r,y,20,i,s),n?(c-=i?1:G(e,t),n=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*y-t,v<0&&(p=t,t=e,e=p,p=y,y=r,r=p,n=!n),t<40?vt(e)===e&&vt(t)===t&&e<J_-100?(h=e-1,q=t+h,c=z_(q,h,r,y),i||(c*=G(e,t))):t*r<=.7?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):e>15?(q=vt(t),q===t&&(q-=1),l=t-q,i?f=1:f=a0(e+l,l,q),c=he(l,e,y,r,q,i),c=hr(e,l,r,y,c,1,i),c/=f):i?(q=vt(t),l=t-q,l<=0&&(q-=1,l+=1),c=he(l,e,y,r,q,i),c+=he(e,l,r,y,20,i),n&&(c-=1),c=hr(e+20,l,r,y,c,1,i),n&&(c=-c,n=!1)):c=El(e,t,r,y,i,s):c=El(e,t,r,y,i,s)),s[d]<0&&(s[d]=j_(e,t,r,y,!0)),m=y*r,s[d]!==0&&(ct*m<s[d]?s[d]=ct/2:s[d]/=m),s[g]=n?(i?1:G(e,t))-c:c,s))}Tl.exports=rE});var Rl=u((UL,Ol)=>{"use strict";var eE=o0();function tE(r,e,t,i,n){return eE(r,e,t,i,n,[0,0],1,0)}Ol.exports=tE});var Ll=u((WL,Fl)=>{"use strict";var iE=ur(),Pl=Rl(),nE=o0();iE(Pl,"assign",nE);Fl.exports=Pl});var kl=u((BL,Cl)=>{"use strict";var sE=Ll().assign;function aE(r,e,t,i,n){var s=[0,0];return i=i!==!1,n=n===!0,sE(r,e,t,i,n,s,1,0),s[0]}Cl.exports=aE});var u0=u((XL,Dl)=>{"use strict";var oE=kl();Dl.exports=oE});var Ml=u((VL,Gl)=>{"use strict";var uE=Ar(),vE=u0(),v0=I(),cE=R(),fE=A();function lE(r,e,t){return v0(r)||v0(e)||v0(t)||t<0||t>1||!uE(e)||e===fE?NaN:r<0?0:r>=e?1:(r=cE(r+1e-7),vE(t,r+1,e-r,!0,!0))}Gl.exports=lE});var bl=u((QL,Hl)=>{"use strict";function pE(r){return e;function e(){return r}}Hl.exports=pE});var ft=u((YL,$l)=>{"use strict";var mE=bl();$l.exports=mE});var Wl=u((ZL,Ul)=>{"use strict";var dE=Ar(),qE=ft(),gE=u0(),c0=I(),yE=R(),hE=A();function SE(r,e){if(c0(r)||c0(e)||e<0||e>1||!dE(r)||r===hE)return qE(NaN);return t;function t(i){return c0(i)?NaN:i<0?0:i>=r?1:(i=yE(i+1e-7),gE(e,i+1,r-i,!0,!0))}}Ul.exports=SE});var Vl=u((JL,Xl)=>{"use strict";var IE=ur(),Bl=Ml(),AE=Wl();IE(Bl,"factory",AE);Xl.exports=Bl});var Yl=u((KL,Ql)=>{"use strict";var NE=R();function _E(r){return NE(r)===r&&r<0}Ql.exports=_E});var Jl=u((jL,Zl)=>{"use strict";var EE=Yl();Zl.exports=EE});var jl=u((zL,Kl)=>{"use strict";var wE=Jl(),TE=ve();function OE(r){return wE(r)?NaN:TE(r+1)}Kl.exports=OE});var f0=u((xL,zl)=>{"use strict";var RE=jl();zl.exports=RE});var e5=u((rC,r5)=>{"use strict";var lt=Ar(),pt=I(),PE=w(),nr=f0(),FE=rr(),LE=B(),xl=A();function CE(r,e,t,i){var n,s,a,o,v;return pt(r)||pt(e)||pt(t)||pt(i)||!lt(e)||!lt(t)||!lt(i)||e===xl||t===xl||t>e||i>e?NaN:(v=FE(0,i+t-e),o=LE(t,i),lt(r)&&v<=r&&r<=o?(s=nr(i)+nr(t)+nr(e-i)+nr(e-t),n=nr(e)+nr(r)+nr(i-r),n+=nr(t-r)+nr(e-t+r-i),a=s-n,PE(a)):0)}r5.exports=CE});var n5=u((eC,i5)=>{"use strict";var mt=Ar(),dt=I(),kE=ft(),DE=w(),sr=f0(),GE=rr(),ME=B(),t5=A();function HE(r,e,t){var i,n;if(dt(r)||dt(e)||dt(t)||!mt(r)||!mt(e)||!mt(t)||r===t5||e===t5||e>r||t>r)return kE(NaN);return n=GE(0,t+e-r),i=ME(e,t),s;function s(a){var o,v,f;return dt(a)?NaN:mt(a)&&n<=a&&a<=i?(v=sr(t)+sr(e)+sr(r-t)+sr(r-e),o=sr(r)+sr(a)+sr(t-a),o+=sr(e-a)+sr(r-e+a-t),f=v-o,DE(f)):0}}i5.exports=HE});var l0=u((tC,a5)=>{"use strict";var bE=ur(),s5=e5(),$E=n5();bE(s5,"factory",$E);a5.exports=s5});var p0=u((iC,o5)=>{"use strict";function UE(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}o5.exports=UE});var f5=u((nC,c5)=>{"use strict";var m0=Ar(),qt=I(),WE=Gr(),BE=rr(),u5=B(),XE=l0(),v5=A(),VE=j(),QE=p0();function YE(r,e,t,i){var n,s,a,o,v;if(qt(r)||qt(e)||qt(t)||qt(i)||!m0(e)||!m0(t)||!m0(i)||e===v5||t===v5||t>e||i>e)return NaN;if(r=WE(r),r<BE(0,i+t-e))return 0;if(r>=u5(i,t))return 1;for(s=new VE(r+1),s[r]=XE(r,e,t,i),v=r-1;v>=0;v--)a=(v+1)*(e-t-(i-v-1)),n=(t-v)*(i-v),s[v]=a/n*s[v+1];return o=QE(s),u5(o,1)}c5.exports=YE});var d5=u((sC,m5)=>{"use strict";var d0=Ar(),gt=I(),ZE=ft(),JE=Gr(),KE=rr(),l5=B(),jE=l0(),p5=A(),zE=j(),xE=p0();function rw(r,e,t){if(gt(r)||gt(e)||gt(t)||!d0(r)||!d0(e)||!d0(t)||r===p5||e===p5||e>r||t>r)return ZE(NaN);return i;function i(n){var s,a,o,v,f;if(gt(n))return NaN;if(n=JE(n),n<KE(0,t+e-r))return 0;if(n>=l5(t,e))return 1;for(a=new zE(n+1),a[n]=jE(n,r,e,t),f=n-1;f>=0;f--)o=(f+1)*(r-e-(t-f-1)),s=(e-f)*(t-f),a[f]=o/s*a[f+1];return v=xE(a),l5(v,1)}}m5.exports=rw});var y5=u((aC,g5)=>{"use strict";var ew=ur(),q5=f5(),tw=d5();ew(q5,"factory",tw);g5.exports=q5});var Cr=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],_e=r=>Cr.indexOf(r),F5=_e("POST_TEST_TRAFFIC_SHIFT"),jr=_e("PRE_PRODUCTION_TRAFFIC_SHIFT"),Z0=_e("CLEAN_UP"),Lr=["SUCCESSFUL","STOPPED","ROLLBACK_SUCCESSFUL","ROLLBACK_FAILED"],L5=["ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS","STOP_REQUESTED"],Nt=["PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"];function C5(r,e,t){if(t!=="IN_PROGRESS"&&t!=="SUCCESSFUL")return[];let i=r===void 0||r==="RECONCILE_SERVICE"?-1:Nt.indexOf(r),n=Nt.indexOf(e);return n<0||i<0&&r!==void 0&&r!=="RECONCILE_SERVICE"||n<=i?[]:Nt.slice(i+1,n)}async function K0(r,e){let t=r.verify.every(o=>o.length===0),i,n=new Set(r.answered),s=r.clock.now(),a=await Fr(async()=>{let o=await r.ecs.describeServiceDeployment(r.arn,r.signal);if(!o)throw new Error(`ECS does not know service deployment ${r.arn}`);let v=o.lifecycleStage??"PENDING",f=o.status??"PENDING",c=!1;if(o.lifecycleStage&&e.at(-1)?.stage!==v){for(let d of C5(e.at(-1)?.stage,v,f))e.push({stage:d,at:r.clock.now(),between:!0}),r.timeline.note("stage",`${d} (passed between two looks)`);e.push({stage:v,at:r.clock.now()}),await r.onStage?.(v,o),c=!0}c=r.timeline.observe("stage",`${v} (${f})`)||c;let l=o.targetServiceRevision?.requestedProductionTrafficWeight;if(l!==void 0&&l!==i&&(i=l,r.onWeight?.(l)),c=r.timeline.observe("traffic",G5(o))||c,Lr.includes(f)||L5.includes(f)){if(f==="SUCCESSFUL"){let d=Se(r.clock.now()-s);return U({ok:!0,deployment:o,reason:`ECS completed ${E(r.arn)} in ${d}`})}return Lr.includes(f)?U({ok:!1,cause:"ecs",deployment:o,reason:D5(o)}):Sr(c)}let m=_e(v),p={...r.gateContext,signal:r.signal??new AbortController().signal};if(!t&&m>=F5&&m<Z0){for(let d of r.verify.filter(h=>h.length>0)){let h=await J0(d,p,"verify",r);if(h)return U({ok:!1,cause:"gate",stage:v,...h})}t=!0,c=!0}if(m>=jr&&m<Z0&&r.watch.length>0){let d=await J0(r.watch,p,v,r);if(d)return U({ok:!1,cause:"gate",stage:v,...d})}let g=k5(o,n);if(g&&r.onPause){let d={hookId:g,stage:v,verified:t};if(r.timeline.note("hook",`ECS holds the deployment at a PAUSE hook during ${v}`),await r.onPause(d)==="hold")return U({ok:!0,deployment:o,reason:`held at ${v}`,paused:d});n.add(g),c=!0}return Sr(c)},{clock:r.clock,intervalMs:r.intervalMs,maxIntervalMs:r.intervalMs,deadline:r.deadline,signal:r.signal,onError:o=>r.timeline.note("error",`${o.message} (will retry)`)});return a.done?a.value:{ok:!1,cause:"timeout",reason:`service deployment ${E(r.arn)} not done within wait-timeout (plus the bake and step times ECS takes): ${r.timeline.latest(["stage","traffic"])}`}}async function J0(r,e,t,i){let n=await E0(r,e);i.onReports?.(t,n);for(let a of n)i.timeline.observe(a.gate,a.observed);let s=n.find(a=>a.state==="failed")??n.find(a=>a.state!=="passed");return s?{gate:s.gate,reason:s.observed}:void 0}function k5(r,e){return r.lifecycleHookDetails?.find(t=>t.targetType==="PAUSE"&&t.status==="AWAITING_ACTION"&&t.hookId&&!e.has(t.hookId))?.hookId}function D5(r){let e=E(r.serviceDeploymentArn),t=r.statusReason?`: ${r.statusReason}`:"",i=r.rollback?.reason?` (rollback: ${r.rollback.reason})`:"";return`ECS ended service deployment ${e} with ${r.status}${t}${i}`}function G5(r){let e=r.targetServiceRevision,t=r.sourceServiceRevisions??[],i=o=>t.reduce((v,f)=>v+(f[o]??0),0),n=`production ${e?.requestedProductionTrafficWeight??0}% new / ${i("requestedProductionTrafficWeight")}% old`,s=`test ${e?.requestedTestTrafficWeight??0}% new`,a=`${e?.runningTaskCount??0}/${e?.requestedTaskCount??0} new tasks running`;return`${n}, ${s}, ${a}`}function E(r){return r?.split("/").pop()??"?"}var _t={BLUE_GREEN:"blue-green",LINEAR:"canary",CANARY:"canary"};function Ee(r){if((r.deploymentController?.type??"ECS")!=="ECS")return;let e=r.deploymentConfiguration?.strategy??"ROLLING";return e in _t?e:void 0}function we(r){for(let e of r.loadBalancers??[]){let t=e.advancedConfiguration;if(!(!t?.productionListenerRule||!t.alternateTargetGroupArn||!e.targetGroupArn))return{loadBalancer:e,productionListenerRule:t.productionListenerRule,testListenerRule:t.testListenerRule,targetGroups:[e.targetGroupArn,t.alternateTargetGroupArn]}}}async function j0(r,e,t,i){let[n]=await At(r,e,[{name:t,input:"service"}]),s=Ee(n),a=v=>new ar(`Invalid input service: service ${K(t)} ${v}`);if(!s){let v=n.deploymentController?.type??"ECS",f=v==="ECS"?`uses the ECS ${n.deploymentConfiguration?.strategy??"ROLLING"} deployment strategy`:`uses the ${v} deployment controller`;throw a(`${f}; ${i} with a single service needs the ECS ${i==="canary"?"LINEAR or CANARY":"BLUE_GREEN"} strategy (for a pair of services, give blue-service, green-service and listener-rule)`)}if(i!=="rolling"&&_t[s]!==i)throw a(`uses the ECS ${s} deployment strategy, which the ${_t[s]} action runs`);let o=we(n);if(!o)throw a(`uses the ECS ${s} strategy but no load balancer with advancedConfiguration (alternateTargetGroupArn, productionListenerRule)`);return C0(n,"service",!1),{service:n,strategy:s,routing:o}}async function z0(r,e,t){let[i]=await At(r.ecs,e,[{name:t,input:"service"}]),n=Ee(i)?we(i):void 0;if(!n)return;let s=n.productionListenerRule;return{subject:`service ${i.serviceName??t}`,key:i.serviceArn??t,listenerArn:A0(s)?s:N0(s)}}var Te=(r,e)=>new ar(`Invalid input ${r}: ${e}`);function x0(r,e){let t=s=>{let a=Cr.indexOf(s);return a>0&&a<=jr};if(!(e.deploymentConfiguration?.lifecycleHooks??[]).some(s=>s.targetType==="PAUSE"&&s.lifecycleStages?.some(t)))throw Te("mode",`deploy with service needs a PAUSE lifecycle hook before production traffic moves (e.g. at POST_TEST_TRAFFIC_SHIFT) in the deploymentConfiguration of service ${K(r.service)}: ECS holds a service deployment nowhere else`)}async function rn(r,e,t){let i=K(r.service);if(!t)throw Te("mode",`${r.mode}: no service deployment of ${i} is in flight`);if(r.mode!=="promote")return;let n=t.brief.serviceDeploymentArn,s=await e.describeServiceDeployment(n),a=s?.lifecycleHookDetails?.find(v=>v.targetType==="PAUSE"&&v.status==="AWAITING_ACTION");if(!a?.hookId)throw Te("mode",`promote: service deployment ${E(n)} of ${i} is ${s?.status??"?"} at ${s?.lifecycleStage??"?"}, not held at a PAUSE hook`);let o=r.expectedTaskDefinitionArn;if(o&&!(t.taskDefinition&&T0(t.taskDefinition,o)))throw Te("task-definition-arn",`the paused service deployment ${E(n)} deploys ${t.taskDefinition??"an unknown version"}, not ${o}`);return a.hookId}var M5=["PENDING","IN_PROGRESS","STOP_REQUESTED","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"];async function Oe(r,e){let{cluster:t}=r,{service:i,strategy:n,routing:s}=await j0(e.ecs,t,r.service,r.action),a=k0(i);if((r.desiredCount??a.desiredCount)<1)throw new ar(`Invalid input desired-count: service ${K(r.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`);let o=await H5(e.ecs,t,a.arn),v=r.mode==="promote"||r.mode==="abort",f=v?await rn(r,e.ecs,o):void 0;if(r.mode==="deploy"&&x0(r,a),!v&&!r.taskDefinition)throw new Error(`mode ${r.mode} needs a task definition`);let c=v||!r.taskDefinition?{arn:o?.taskDefinition??a.taskDefinition}:await G0(r.taskDefinition,a.taskDefinition,e.ecs,r.allowFamilyChange),l=await e.rules.describeRule(s.productionListenerRule);if(!l)throw new ar(`Invalid input service: the production listener rule ${s.productionListenerRule} of service ${K(r.service)} was not found`);if(o&&!v&&!("arn"in c&&o.taskDefinition===c.arn))throw new ar(`Invalid input service: service deployment ${E(o.brief.serviceDeploymentArn)} of ${K(r.service)} is ${o.brief.status} (deploying ${o.taskDefinition}); wait for it to end, or run rollback`);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");return await I0(e.cloudwatch,r.alarms),{service:a,strategy:n,routing:s,version:c,weights:Ie(l),inFlight:o?.brief,pausedHook:f}}async function H5(r,e,t){let n=(await r.listServiceDeployments(e,t,{status:[...M5]})).find(a=>!Lr.includes(a.status??""));if(!n)return;let s=n.targetServiceRevisionArn?await r.describeServiceRevision(n.targetServiceRevisionArn):void 0;return{brief:n,taskDefinition:s?.taskDefinition}}function en(r){let e=r.service.deploymentConfiguration,t=e?.linearConfiguration,i=t?Math.ceil(100/(t.stepPercent??10))*(t.stepBakeTimeInMinutes??6):0,n=e?.canaryConfiguration?.canaryBakeTimeInMinutes??0;return((e?.bakeTimeInMinutes??0)+i+n)*6e4}async function Re(r,e){let{rollout:t,options:i,plan:n,context:s}=r,a=await r.ports.rules.describeRule(n.routing.productionListenerRule).catch(()=>{}),o=a?Ie(a):[],[v,f]=n.routing.targetGroups,c=tn(o);return{action:i.action,mode:i.mode,...e,startedAt:new Date(t.startedAt).toISOString(),finishedAt:new Date(s.clock.now()).toISOString(),durations:t.durations,cluster:i.cluster,service:n.service.name,strategy:n.strategy,serviceDeploymentArn:r.arn,deploymentId:r.deploymentId,stages:r.seen.map(({stage:l,at:m,between:p})=>({stage:l,atSeconds:b0(m-t.startedAt),...p?{between:p}:{}})),liveColor:Et(c),idleColor:Et(c===void 0?void 0:c===v?f:v),previousColor:Et(tn(n.weights)),weight:r.weight,taskDefinitionArn:r.taskDefinitionArn,previousTaskDefinitionArn:n.service.taskDefinition,analysis:r.analysis?.steps,run:i.run}}function tn(r){return[...r].sort((e,t)=>t.weight-e.weight).find(e=>e.weight>0)?.targetGroupArn}var Et=r=>r?w0(r):void 0;async function nn(r){let{rollout:e,plan:t,ports:i,options:n}=r;r.arn=t.inFlight?.serviceDeploymentArn;let s="arn"in t.version?t.version.arn:r.taskDefinitionArn,a=await e.run([{name:"rollback",run:async()=>{let v={reason:"rollback asked",cause:"error"},f=await r.stop(v,{stop:!1,cancelled:!1}),c=`stopped service deployment ${E(r.arn)} with ROLLBACK${f.said}`;if(!f.restored)throw new Error(c);e.say(c);let l=await i.ecs.describeService(n.cluster,t.service.arn);r.taskDefinitionArn=l?.taskDefinition??r.taskDefinitionArn}}]);return{report:await Re(r,a),timeline:e.timeline,gates:e.gates,rolledBackFrom:s}}function b5(r){let e=r.indexOf("targetgroup/");return e>=0?r.slice(e):r}function sn(r,e){let t=Math.floor(r/6e4)*6e4;return Math.max(60,Math.ceil((e-t)/6e4)*60)}function an(r,e,t){return["canary","stable"].flatMap(i=>{let n={LoadBalancer:r,TargetGroup:b5(e[i])},s=(o,v,f)=>({id:`${i}_${o}`,namespace:"AWS/ApplicationELB",metricName:v,dimensions:n,stat:f}),a=[s("requests","RequestCount","Sum"),s("errors","HTTPCode_Target_5XX_Count","Sum"),s("connection_errors","TargetConnectionErrorCount","Sum"),s("p99","TargetResponseTime","p99")];return t!==void 0&&a.push(s("fast","TargetResponseTime",`PR(:${U5(t)})`)),a})}function wt(r,e){let t=c=>r[`${e}_${c}`]??{timestamps:[],values:[]},i=c=>t(c).values.reduce((l,m)=>l+m,0),n=new Map,s=t("requests");s.timestamps.forEach((c,l)=>n.set(c,(n.get(c)??0)+s.values[l]));let a=i("requests"),o={requests:Math.round(a),errors:Math.min(Math.round(i("errors")+i("connection_errors")),Math.round(a))},v=$5(t("p99"),n);v!==void 0&&(o.p99=v);let f=t("fast");return r[`${e}_fast`]&&(o.slow=Math.round(f.timestamps.reduce((c,l,m)=>c+(n.get(l)??0)*(1-f.values[m]/100),0))),o}function $5(r,e){if(r.values.length===0)return;let t=0,i=0;return r.timestamps.forEach((n,s)=>{let a=e.get(n)??0;t+=r.values[s]*a,i+=a}),i>0?t/i:r.values.reduce((n,s)=>n+s,0)/r.values.length}function U5(r){return String(Number(r.toFixed(6)))}function or(r){let e=r*100;return`${e.toFixed(e<10?2:1).replace(/\.0+$|(\.\d*?)0+$/,"$1")}%`}function on(r){return r>=1?`${r.toFixed(2)} s`:`${Math.round(r*1e3)} ms`}var h5=y0(Vl(),1),S5=y0(y5(),1);function q0(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return A5(1-(0,S5.default)(r.hits-1,t,i,r.total))}function I5(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:A5(1-(0,h5.default)(r.hits-1,r.total,e))}function A5(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var Yr=r=>r.requests>0?r.errors/r.requests:0;function g0(r,e,t,i){let n=`${N5("canary",r)}; ${N5("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${n})`};let s=(c,l)=>`${l} p ${c<1e-4?"< 0.0001":`= ${c.toPrecision(2)}`}, ${c<i?"significant":"not significant"} at ${iw(i)} confidence`,a=[],o=Yr(r);if(o>t.maxErrorRate){let c=I5({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${or(o)} over max-error-rate ${or(t.maxErrorRate)} (${s(c,"exact binomial test")})`;if(c<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${n}`};a.push(l)}if(e.requests>0){let c=o-Yr(e);if(c>t.maxErrorRateIncrease){let l=q0({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${_5(c)} over stable, more than max-error-rate-increase ${_5(t.maxErrorRateIncrease)} (${s(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${n}`};a.push(m)}}else a.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${or(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${or(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=q0({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${s(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${n}`};a.push(`${l} (${p})`)}else a.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let f=a.length>0?`; ${a.join("; ")}`:"";return{verdict:"passed",reason:`${n}${f}`}}function N5(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${on(e.p99)}`;return`${r} ${or(Yr(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function iw(r){return or(1-r)}function _5(r){return`+${or(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var nw=.05,sw=.001,yt=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,n){this.metrics=e,this.target=t,this.settings=i,this.clock=n}begin(e,t,i,n){let s={requests:0,errors:0,errorRate:0},a=new Date(i).toISOString(),o={step:e,weight:t,start:a,end:a,canary:s,stable:s,verdict:"watching",reason:"no look yet"};this.steps.push(o),this.current={step:o,startedAt:i,endsAt:n,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:n,stable:s}=await this.look(t.startedAt,i,e?.signal),a=t.step;if(a.end=new Date(i).toISOString(),a.canary={...n,errorRate:Yr(n)},a.stable={...s,errorRate:Yr(s)},this.samples.push({at:i,weight:a.weight,canaryErrorRate:a.canary.errorRate,stableErrorRate:a.stable.errorRate}),i<t.endsAt){let o=g0(n,s,this.settings,sw);return o.verdict==="failed"?this.record("failed",o):{state:"passed",observed:o.reason}}return this.conclude(g0(n,s,this.settings,nw))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:n,targetGroups:s}=this.target,a=await this.metrics.metricData(an(n,s,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:sn(e,t)},i),o=wt(a,"canary"),v=wt(a,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:o,stable:v}}};function E5(r,e,t,i){if(!t)return;let[n,s]=e.routing.targetGroups,a=_0(e.routing.productionListenerRule),o=e.weights.find(f=>f.weight>0)?.targetGroupArn??n,v=o===n?s:n;return new yt(r,{loadBalancer:a,targetGroups:{canary:v,stable:o}},t,i)}function w5(r,e,t,i){if(t<=0)return;let n=e.service.deploymentConfiguration,s=t>=100?Number.POSITIVE_INFINITY:n?.canaryConfiguration?.canaryBakeTimeInMinutes??n?.linearConfiguration?.stepBakeTimeInMinutes??0;r.begin(r.steps.length+1,t,i,i+s*6e4)}var ht=class{written=!1;denied=!1;ecs;service;log;stateOf;constructor(e,t,i,n){this.ecs=e,this.service=t,this.log=i,this.stateOf=n}async save(e,t){if(!this.denied)try{await this.ecs.tagResource(this.service.arn,F0(this.stateOf(e)),t),this.written=!0}catch(i){if(i.name!=="AccessDeniedException")throw i;this.denied=!0,this.log.warning(`the rollout record was not written on service ${this.service.name} (the role needs ecs:TagResource): ${It(i)}`)}}async saveEnding(e,t){!this.written||t||(e.status==="failed"||e.status==="rolled-back")&&await this.saveOrWarn(e.status)}async saveFinal(e){await this.save(e).catch(t=>{if(!(t instanceof h0))throw t})}async saveOrWarn(e){await this.save(e).catch(t=>this.log.warning(`the rollout record was not written: ${It(t)}`))}};var aw=6e4;async function T5(r,e){let{ports:t,options:i,context:n}=r,{ecs:s}=t,{cluster:a,service:o,taskDefinition:v}=e,c=(await s.updateService({cluster:a,service:o,taskDefinition:v,desiredCount:i.desiredCount},n.signal)).deployments?.find(q=>q.status==="PRIMARY"&&q.taskDefinition===v),l=c?.createdAt??new Date(n.clock.now()),m=new Date(l.getTime()-aw),p=new Map,g=async q=>(p.has(q)||p.set(q,(await s.describeServiceRevision(q))?.taskDefinition),p.get(q)),d=Math.min(i.waitTimeoutMs,12e4),h=await Fr(async()=>{for(let q of await s.listServiceDeployments(a,o,{after:m},n.signal)){let S=q.targetServiceRevisionArn;if(q.serviceDeploymentArn&&S&&await g(S)===v)return U(q.serviceDeploymentArn)}return Sr(!1)},{clock:n.clock,intervalMs:i.pollIntervalMs,deadline:n.clock.now()+d,signal:n.signal});if(!h.done)throw new Error(`UpdateService did not start a service deployment of ${v} on ${o} within ${Se(d)}`);return{arn:h.value,deploymentId:c?.id}}function O5(r,e,t,i,n){return Fr(async()=>{let s=await r.describeServiceDeployment(e),a=s?.status??"unknown",o=t.observe("rollback",`${s?.lifecycleStage??"?"} (${a})`);return Lr.includes(a)?U(a):Sr(o)},{clock:i,intervalMs:n.pollIntervalMs,maxIntervalMs:n.pollIntervalMs,deadline:i.now()+n.waitTimeoutMs})}var St=class{rollout;seen=[];taskDefinitionArn;arn;deploymentId;weight;endedByEcs;analysis;state;options;ports;context;plan;constructor(e,t,i,n){this.options=e,this.ports=t,this.context=i,this.plan=n,this.rollout=new $0(i,e.onFailure),this.taskDefinitionArn=n.service.taskDefinition,this.analysis=E5(t.metrics,n,e.analysis,i.clock);let s=n.service,a=O0(L0(s.tags));this.state=new ht(t.ecs,s,i.log,o=>({status:o,taskDefinition:this.taskDefinitionArn,previousTaskDefinition:s.taskDefinition,step:Math.max(0,Cr.indexOf(this.seen.at(-1)?.stage)),run:e.run,updatedAt:new Date(i.clock.now()).toISOString(),action:e.rollingBack?"rollback":e.action,history:o!=="succeeded"?a:e.rollingBack?P0(a,s.taskDefinition,this.taskDefinitionArn):R0(a,this.taskDefinitionArn,s.taskDefinition)}))}async run(){let{rollout:e,state:t}=this,i=await e.run([{name:"deploy",run:()=>this.deploy()},{name:"follow",run:()=>this.follow()}]),n=i.status==="succeeded"||i.status==="rolled-back"?i.status:"failed";return t.written&&!e.isCommitted&&i.status!=="paused"&&await t.saveFinal(n),{report:await Re(this,i),timeline:e.timeline,gates:e.gates}}async deploy(){let{options:e,ports:t,plan:i,rollout:n,context:s}=this,{cluster:a}=e,o=i.service.arn;if(i.inFlight)this.taskDefinitionArn="arn"in i.version?i.version.arn:this.taskDefinitionArn,this.arn=i.inFlight.serviceDeploymentArn,n.timeline.note("rollout",`following service deployment ${E(this.arn)}, already in flight`),i.pausedHook&&this.arn&&(await t.ecs.continueServiceDeployment(this.arn,i.pausedHook,"CONTINUE",s.signal),n.timeline.note("hook",`ContinueServiceDeployment CONTINUE sent for ${E(this.arn)}`));else{let{arn:v,registered:f}=await D0(t.ecs,i.version,s.signal);if(this.taskDefinitionArn=v,n.timeline.note("rollout",`${f?"registered":"deploying"} ${v}`),v===i.service.taskDefinition){n.say(`${i.service.name} already runs ${v}: nothing to deploy`);return}await this.state.save("deploying",s.signal);let c=await T5(this,{cluster:a,service:o,taskDefinition:v});this.arn=c.arn,this.deploymentId=c.deploymentId,n.timeline.note("rollout",`ECS started service deployment ${E(this.arn)} (${i.strategy})`)}this.deploymentId&&(n.watching={ecs:t.ecs,cluster:a,service:o,deploymentId:this.deploymentId}),n.onFailure({kind:"traffic",run:(v,f)=>this.stop(v,f)})}async follow(){let{options:e,rollout:t,context:i,arn:n}=this;if(!n)return;let s=M0(this.ports,e.healthCheckUrl,e.pollIntervalMs),a=H0(this.ports,e.verifyCommand,{ROLLOUT_SERVICE:this.plan.service.name,ROLLOUT_SERVICE_DEPLOYMENT_ARN:n,ROLLOUT_TASK_DEFINITION_ARN:this.taskDefinitionArn}),o=[...s];e.alarms.length>0&&o.push(new S0(this.ports.cloudwatch,e.alarms)),this.analysis&&o.push(this.analysis);let v=await t.timed("follow",()=>K0({ecs:this.ports.ecs,arn:n,timeline:t.timeline,clock:i.clock,signal:i.signal,intervalMs:e.pollIntervalMs,deadline:i.clock.now()+e.waitTimeoutMs+en(this.plan),verify:[s,a?[a]:[]],watch:o,gateContext:{tasks:async()=>{let{deploymentId:c}=this;return c?this.ports.ecs.deploymentTasks(e.cluster,this.plan.service.arn,c):[]},expectedCount:e.desiredCount??this.plan.service.desiredCount},onStage:c=>this.onStage(c),onWeight:c=>this.onWeight(c),onReports:(c,l)=>t.keep(c,l),onPause:c=>this.onPause(c),answered:this.plan.pausedHook?[this.plan.pausedHook]:[]},this.seen));if(v.ok&&v.paused){await this.state.save("paused",i.signal);let c=v.paused.verified?" after passing the verify gates":"";return{status:"paused",reason:`ECS holds service deployment ${E(n)} of ${this.taskDefinitionArn} at its PAUSE hook during ${v.paused.stage}${c}; production traffic stays on ${this.plan.service.taskDefinition} until mode promote`}}if(v.ok){t.commit(),await this.state.saveOrWarn("succeeded"),t.say(`${v.reason}; ${this.plan.service.name} serves ${this.taskDefinitionArn}`);return}if(v.cause==="ecs")throw this.endedByEcs=v.deployment,new Ae({ok:!1,cause:"circuit-breaker",reason:v.reason});if(v.cause==="timeout")throw new Ae(v);let f=`during ${v.stage} of service deployment ${E(n)}`;throw new Ae({ok:!1,cause:"gate",gate:v.gate,reason:v.reason},f)}async onPause(e){return this.options.mode==="deploy"?"hold":(await this.ports.ecs.continueServiceDeployment(this.arn,e.hookId,"CONTINUE",this.context.signal),this.rollout.timeline.note("hook","ContinueServiceDeployment CONTINUE sent: every gate passed"),"continue")}async onStage(e){Cr.indexOf(e)===jr+1&&await this.state.save("switched",this.context.signal)}onWeight(e){this.weight=e,this.analysis&&w5(this.analysis,this.plan,e,this.context.clock.now())}async stop(e,t){let i=this.endedByEcs;if(i){let o=i.status==="ROLLBACK_SUCCESSFUL";return{said:o?"; ECS rolled the service back to its previous revision":"",restored:o}}if(e.cause==="timeout"&&t.stop)return{said:" (on-failure: stop: ECS carries on)"};if(t.stop)return{said:" (on-failure: stop: the deployment goes on as ECS runs it)"};let{ecs:n}=this.ports,s=this.arn;if(await n.stopServiceDeployment(s),this.rollout.timeline.note("rollback",`StopServiceDeployment ROLLBACK sent for ${E(s)}`),t.cancelled)return{said:"; ECS was asked to roll back (not awaited)"};let a=await this.rollout.timed("rollback",()=>O5(n,s,this.rollout.timeline,this.context.clock,this.options));return a.done?a.value!=="ROLLBACK_SUCCESSFUL"?{said:`; the rollback ended with ${a.value}`}:{said:`; ECS rolled the service back to ${this.plan.service.taskDefinition}`,restored:!0}:{said:`; the rollback of ${E(s)} did not end within wait-timeout`}}};async function R5(r,e,t){let i=new St(r,e,t,await Oe(r,e));return r.mode==="abort"?nn(i):i.run()}var xC={...Y0,blueService:Zr("blue-service",Ne("service")),greenService:Zr("green-service",Ne("service")),listenerRule:Zr("listener-rule",Q0),service:Zr("service",Ne("service"))},P5=["blue-service","green-service","listener-rule"];function rk(r){let e=[r.blueService,r.greenService,r.listenerRule],t=P5.filter((i,n)=>!e[n]);if(t.length>0)throw Jr(t.map(i=>`${i} is required (or service, for a service whose ECS deployment strategy is not ROLLING)`));return r}function ek(r,e){return Kr("service").trim()?e():r()}function tk(r,e,t,i,n,s=process.env){let o=[...[...P5,"test-listener-rule"].map(l=>({name:l,default:void 0})),...i].filter(l=>{let m=t(l.name).trim();return m!==""&&m!==l.default}).map(l=>l.name);if(o.length>0)throw Jr(o.map(l=>`${l} is not used with service (ECS runs the deployment from the service's own configuration)`));let v=e.mode??"full",f=X0(e,s.GITHUB_WORKSPACE??"."),c=v==="promote"||v==="abort";if(c&&f&&!(v==="promote"&&f.kind==="arn"))throw Jr([`mode ${v} acts on the service deployment in flight: give no new version (task-definition-arn may name it with promote, as a check)`]);if(!c&&!f)throw Jr([`task-definition, task-definition-arn or image (with container) is required with mode ${v}`]);return{action:r,cluster:e.cluster,service:e.service,mode:v,taskDefinition:c?void 0:f,expectedTaskDefinitionArn:v==="promote"?e.taskDefinitionArn:void 0,allowFamilyChange:e.allowFamilyChange,desiredCount:e.desiredCount,alarms:e.alarms,healthCheckUrl:e.healthCheckUrl,verifyCommand:e.verifyCommand,analysis:n,waitTimeoutMs:e.waitTimeout,pollIntervalMs:e.pollInterval,onFailure:e.onFailure,run:V0(s),lockTimeoutMs:e.lockTimeout}}function ik(r,e,t,i){return{name:e,id:r,lock:(n,s)=>z0(s,n.cluster,n.service),check:Oe,options:t,deploy:R5,title:n=>`${e} of ${n.service} (ECS ${n.strategy})`,outputs:i,facts:n=>[["Cluster",n.cluster],["Service",n.service],["Strategy",`ECS ${n.strategy}`],["Service deployment",n.serviceDeploymentArn],["Stages",n.stages.map(s=>`${s.stage} (+${s.atSeconds}s)`).join(" \u2192 ")||void 0],["Live target group",n.liveColor],["Task definition",n.taskDefinitionArn],["Previous task definition",n.previousTaskDefinitionArn]]}}async function nk(r={},e=()=>{}){let t=Kr("cluster").trim(),i=Kr("service").trim();if(!t||!i)return{native:!1,overrides:r};let n=r.clients??U0(),s=B0(W0(n.ecs)),a={...r,clients:n,ecsBeforeLock:s};try{e(f=>Kr(f));let{found:[o]}=await s.describeServicesWithTags(t,[i]);return{native:o!==void 0&&Ee(o)!==void 0&&we(o)!==void 0,overrides:a}}catch{return{native:!1,overrides:a}}}export{ht as a,j0 as b,z0 as c,M5 as d,Oe as e,nn as f,or as g,on as h,yt as i,St as j,R5 as k,xC as l,rk as m,ek as n,tk as o,ik as p,nk as q};
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
