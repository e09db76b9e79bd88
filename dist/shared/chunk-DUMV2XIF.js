import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as S0,b as I0,d as H0,e as M0,g as Ae,h as $0}from"./chunk-KUU364D4.js";import{Aa as X0,Ba as V0,C as w0,Ca as Nt,D as U,Da as or,E as Sr,Ea as Q0,F as Fr,G as T0,H as O0,I as R0,J as P0,Ja as Ne,N as F0,O as L0,P as C0,Pa as Y0,Qa as Z0,Ra as J0,Ta as K0,Z as k0,_ as At,b as Se,ba as D0,d as nr,f as h0,g as It,ga as Ie,h as K,j as Yr,ka as G0,m as Zr,pa as b0,ua as Jr,v as A0,va as U0,w as N0,wa as W0,x as _0,y as E0,za as B0}from"./chunk-YCI7V7TO.js";import{b as o,c as y0}from"./chunk-XTI4HEAM.js";var ua=o((Dw,oa)=>{"use strict";var $5=typeof Object.defineProperty=="function"?Object.defineProperty:null;oa.exports=$5});var ca=o((Gw,va)=>{"use strict";var U5=ua();function W5(){try{return U5({},"x",{}),!0}catch{return!1}}va.exports=W5});var la=o((Hw,fa)=>{"use strict";var B5=Object.defineProperty;fa.exports=B5});var Tt=o((Mw,pa)=>{"use strict";function X5(r){return typeof r=="number"}pa.exports=X5});var Ot=o((bw,da)=>{"use strict";function V5(r){return r[0]==="-"}function ma(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function Q5(r,e,t){var i=!1,a=e-r.length;return a<0||(V5(r)&&(i=!0,r=r.substr(1)),r=t?r+ma(a):ma(a)+r,i&&(r="-"+r)),r}da.exports=Q5});var ha=o(($w,ya)=>{"use strict";var Y5=Tt(),qa=Ot(),Z5=String.prototype.toLowerCase,ga=String.prototype.toUpperCase;function J5(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!Y5(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=qa(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=qa(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===ga.call(r.specifier)?ga.call(t):Z5.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}ya.exports=J5});var Ia=o((Uw,Sa)=>{"use strict";function K5(r){return typeof r=="string"}Sa.exports=K5});var _a=o((Ww,Na)=>{"use strict";var j5=Math.abs,z5=String.prototype.toLowerCase,Aa=String.prototype.toUpperCase,Ir=String.prototype.replace,x5=/e\+(\d)$/,r7=/e-(\d)$/,e7=/^(\d+)$/,t7=/^(\d+)e/,i7=/\.0$/,a7=/\.0*e/,s7=/(\..*[^0])0*e/;function n7(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":j5(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=Ir.call(i,s7,"$1e"),i=Ir.call(i,a7,"e"),i=Ir.call(i,i7,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=Ir.call(i,x5,"e+0$1"),i=Ir.call(i,r7,"e-0$1"),e.alternate&&(i=Ir.call(i,e7,"$1."),i=Ir.call(i,t7,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===Aa.call(e.specifier)?Aa.call(i):z5.call(i),i}Na.exports=n7});var Ta=o((Bw,wa)=>{"use strict";function Ea(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function o7(r,e,t){var i=e-r.length;return i<0||(r=t?r+Ea(i):Ea(i)+r),r}wa.exports=o7});var Ra=o((Xw,Oa)=>{"use strict";var u7=ha(),v7=Ia(),c7=Tt(),f7=_a(),l7=Ta(),p7=Ot(),m7=String.fromCharCode,d7=Array.isArray;function Pe(r){return r!==r}function q7(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function g7(r){var e,t,i,a,s,n,u,v,f,c;if(!d7(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(n="",u=1,f=0;f<r.length;f++)if(i=r[f],v7(i))n+=i;else{if(e=i.precision!==void 0,i=q7(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+f+"`. Value: `"+i+"`.");for(i.mapping&&(u=i.mapping),t=i.flags,c=0;c<t.length;c++)switch(a=t.charAt(c),a){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+a)}if(i.width==="*"){if(i.width=parseInt(arguments[u],10),u+=1,Pe(i.width))throw new TypeError("the argument for * width at position "+u+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[u],10),u+=1,Pe(i.precision))throw new TypeError("the argument for * precision at position "+u+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[u],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=u7(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!Pe(i.arg)){if(s=parseInt(i.arg,10),s<0||s>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=Pe(s)?String(i.arg):m7(s)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!c7(i.arg))throw new Error("invalid floating-point number. Value: "+n);v=i.arg,i.padZeros=!1}i.arg=f7(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=p7(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=l7(i.arg,i.width,i.padRight)),n+=i.arg||"",u+=1}return n}Oa.exports=g7});var Fa=o((Vw,Pa)=>{"use strict";var y7=Ra();Pa.exports=y7});var Ca=o((Qw,La)=>{"use strict";var Fe=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function h7(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function S7(r){var e,t,i,a;for(t=[],a=0,i=Fe.exec(r);i;)e=r.slice(a,Fe.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(h7(i)),a=Fe.lastIndex,i=Fe.exec(r);return e=r.slice(a),e.length&&t.push(e),t}La.exports=S7});var Da=o((Yw,ka)=>{"use strict";var I7=Ca();ka.exports=I7});var Ha=o((Zw,Ga)=>{"use strict";function A7(r){return typeof r=="string"}Ga.exports=A7});var $a=o((Jw,ba)=>{"use strict";var N7=Fa(),_7=Da(),E7=Ha();function Ma(r){var e,t;if(!E7(r))throw new TypeError(Ma("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[_7(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return N7.apply(null,e)}ba.exports=Ma});var Wa=o((Kw,Ua)=>{"use strict";var w7=$a();Ua.exports=w7});var Za=o((jw,Ya)=>{"use strict";var Ba=Wa(),Cr=Object.prototype,Xa=Cr.toString,Va=Cr.__defineGetter__,Qa=Cr.__defineSetter__,T7=Cr.__lookupGetter__,O7=Cr.__lookupSetter__;function R7(r,e,t){var i,a,s,n;if(typeof r!="object"||r===null||Xa.call(r)==="[object Array]")throw new TypeError(Ba("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||Xa.call(t)==="[object Array]")throw new TypeError(Ba("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(a="value"in t,a&&(T7.call(r,e)||O7.call(r,e)?(i=r.__proto__,r.__proto__=Cr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),s="get"in t,n="set"in t,a&&(s||n))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return s&&Va&&Va.call(r,e,t.get),n&&Qa&&Qa.call(r,e,t.set),r}Ya.exports=R7});var Ka=o((zw,Ja)=>{"use strict";var P7=ca(),F7=la(),L7=Za(),Rt;P7()?Rt=F7:Rt=L7;Ja.exports=Rt});var za=o((xw,ja)=>{"use strict";var C7=Ka();function k7(r,e,t){C7(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}ja.exports=k7});var ur=o((rT,xa)=>{"use strict";var D7=za();xa.exports=D7});var es=o((eT,rs)=>{"use strict";var G7=Math.floor;rs.exports=G7});var R=o((tT,ts)=>{"use strict";var H7=es();ts.exports=H7});var as=o((iT,is)=>{"use strict";var M7=R();function b7(r){return M7(r)===r&&r>=0}is.exports=b7});var Ar=o((aT,ss)=>{"use strict";var $7=as();ss.exports=$7});var os=o((sT,ns)=>{"use strict";function U7(r){return r!==r}ns.exports=U7});var I=o((nT,us)=>{"use strict";var W7=os();us.exports=W7});var cs=o((oT,vs)=>{"use strict";function B7(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}vs.exports=B7});var ls=o((uT,fs)=>{"use strict";var X7=cs();fs.exports=X7});var ms=o((vT,ps)=>{"use strict";var V7=ls(),Q7=V7();function Y7(){return Q7&&typeof Symbol.toStringTag=="symbol"}ps.exports=Y7});var qs=o((cT,ds)=>{"use strict";var Z7=ms();ds.exports=Z7});var Pt=o((fT,gs)=>{"use strict";var J7=Object.prototype.toString;gs.exports=J7});var hs=o((lT,ys)=>{"use strict";var K7=Pt();function j7(r){return K7.call(r)}ys.exports=j7});var Is=o((pT,Ss)=>{"use strict";var z7=Object.prototype.hasOwnProperty;function x7(r,e){return r==null?!1:z7.call(r,e)}Ss.exports=x7});var Ns=o((mT,As)=>{"use strict";var r9=Is();As.exports=r9});var Es=o((dT,_s)=>{"use strict";var e9=typeof Symbol=="function"?Symbol:void 0;_s.exports=e9});var Ts=o((qT,ws)=>{"use strict";var t9=Es();ws.exports=t9});var Ps=o((gT,Rs)=>{"use strict";var Os=Ts(),i9=typeof Os=="function"?Os.toStringTag:"";Rs.exports=i9});var Ls=o((yT,Fs)=>{"use strict";var a9=Ns(),zr=Ps(),Ft=Pt();function s9(r){var e,t,i;if(r==null)return Ft.call(r);t=r[zr],e=a9(r,zr);try{r[zr]=void 0}catch{return Ft.call(r)}return i=Ft.call(r),e?r[zr]=t:delete r[zr],i}Fs.exports=s9});var xr=o((hT,Cs)=>{"use strict";var n9=qs(),o9=hs(),u9=Ls(),Lt;n9()?Lt=u9:Lt=o9;Cs.exports=Lt});var Ds=o((ST,ks)=>{"use strict";var v9=xr(),c9=typeof Uint32Array=="function";function f9(r){return c9&&r instanceof Uint32Array||v9(r)==="[object Uint32Array]"}ks.exports=f9});var Hs=o((IT,Gs)=>{"use strict";var l9=Ds();Gs.exports=l9});var bs=o((AT,Ms)=>{"use strict";var p9=4294967295;Ms.exports=p9});var Us=o((NT,$s)=>{"use strict";var m9=typeof Uint32Array=="function"?Uint32Array:null;$s.exports=m9});var Xs=o((_T,Bs)=>{"use strict";var d9=Hs(),Ct=bs(),Ws=Us();function q9(){var r,e;if(typeof Ws!="function")return!1;try{e=[1,3.14,-3.14,Ct+1,Ct+2],e=new Ws(e),r=d9(e)&&e[0]===1&&e[1]===3&&e[2]===Ct-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Bs.exports=q9});var Qs=o((ET,Vs)=>{"use strict";var g9=Xs();Vs.exports=g9});var Zs=o((wT,Ys)=>{"use strict";var y9=typeof Uint32Array=="function"?Uint32Array:void 0;Ys.exports=y9});var Ks=o((TT,Js)=>{"use strict";function h9(){throw new Error("not implemented")}Js.exports=h9});var Nr=o((OT,js)=>{"use strict";var S9=Qs(),I9=Zs(),A9=Ks(),kt;S9()?kt=I9:kt=A9;js.exports=kt});var xs=o((RT,zs)=>{"use strict";var N9=xr(),_9=typeof Float64Array=="function";function E9(r){return _9&&r instanceof Float64Array||N9(r)==="[object Float64Array]"}zs.exports=E9});var en=o((PT,rn)=>{"use strict";var w9=xs();rn.exports=w9});var an=o((FT,tn)=>{"use strict";var T9=typeof Float64Array=="function"?Float64Array:null;tn.exports=T9});var on=o((LT,nn)=>{"use strict";var O9=en(),sn=an();function R9(){var r,e;if(typeof sn!="function")return!1;try{e=new sn([1,3.14,-3.14,NaN]),r=O9(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}nn.exports=R9});var vn=o((CT,un)=>{"use strict";var P9=on();un.exports=P9});var fn=o((kT,cn)=>{"use strict";var F9=typeof Float64Array=="function"?Float64Array:void 0;cn.exports=F9});var pn=o((DT,ln)=>{"use strict";function L9(){throw new Error("not implemented")}ln.exports=L9});var j=o((GT,mn)=>{"use strict";var C9=vn(),k9=fn(),D9=pn(),Dt;C9()?Dt=k9:Dt=D9;mn.exports=Dt});var qn=o((HT,dn)=>{"use strict";var G9=xr(),H9=typeof Uint8Array=="function";function M9(r){return H9&&r instanceof Uint8Array||G9(r)==="[object Uint8Array]"}dn.exports=M9});var yn=o((MT,gn)=>{"use strict";var b9=qn();gn.exports=b9});var Sn=o((bT,hn)=>{"use strict";var $9=255;hn.exports=$9});var An=o(($T,In)=>{"use strict";var U9=typeof Uint8Array=="function"?Uint8Array:null;In.exports=U9});var En=o((UT,_n)=>{"use strict";var W9=yn(),Gt=Sn(),Nn=An();function B9(){var r,e;if(typeof Nn!="function")return!1;try{e=[1,3.14,-3.14,Gt+1,Gt+2],e=new Nn(e),r=W9(e)&&e[0]===1&&e[1]===3&&e[2]===Gt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}_n.exports=B9});var Tn=o((WT,wn)=>{"use strict";var X9=En();wn.exports=X9});var Rn=o((BT,On)=>{"use strict";var V9=typeof Uint8Array=="function"?Uint8Array:void 0;On.exports=V9});var Fn=o((XT,Pn)=>{"use strict";function Q9(){throw new Error("not implemented")}Pn.exports=Q9});var Cn=o((VT,Ln)=>{"use strict";var Y9=Tn(),Z9=Rn(),J9=Fn(),Ht;Y9()?Ht=Z9:Ht=J9;Ln.exports=Ht});var Dn=o((QT,kn)=>{"use strict";var K9=xr(),j9=typeof Uint16Array=="function";function z9(r){return j9&&r instanceof Uint16Array||K9(r)==="[object Uint16Array]"}kn.exports=z9});var Hn=o((YT,Gn)=>{"use strict";var x9=Dn();Gn.exports=x9});var bn=o((ZT,Mn)=>{"use strict";var r8=65535;Mn.exports=r8});var Un=o((JT,$n)=>{"use strict";var e8=typeof Uint16Array=="function"?Uint16Array:null;$n.exports=e8});var Xn=o((KT,Bn)=>{"use strict";var t8=Hn(),Mt=bn(),Wn=Un();function i8(){var r,e;if(typeof Wn!="function")return!1;try{e=[1,3.14,-3.14,Mt+1,Mt+2],e=new Wn(e),r=t8(e)&&e[0]===1&&e[1]===3&&e[2]===Mt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Bn.exports=i8});var Qn=o((jT,Vn)=>{"use strict";var a8=Xn();Vn.exports=a8});var Zn=o((zT,Yn)=>{"use strict";var s8=typeof Uint16Array=="function"?Uint16Array:void 0;Yn.exports=s8});var Kn=o((xT,Jn)=>{"use strict";function n8(){throw new Error("not implemented")}Jn.exports=n8});var zn=o((rO,jn)=>{"use strict";var o8=Qn(),u8=Zn(),v8=Kn(),bt;o8()?bt=u8:bt=v8;jn.exports=bt});var ro=o((eO,xn)=>{"use strict";var c8=Cn(),f8=zn(),l8={uint16:f8,uint8:c8};xn.exports=l8});var ao=o((tO,io)=>{"use strict";var eo=ro(),to;function p8(){var r,e;return r=new eo.uint16(1),r[0]=4660,e=new eo.uint8(r.buffer),e[0]===52}to=p8();io.exports=to});var _r=o((iO,so)=>{"use strict";var m8=ao();so.exports=m8});var oo=o((aO,no)=>{"use strict";var d8=_r(),$t;d8===!0?$t=1:$t=0;no.exports=$t});var co=o((sO,vo)=>{"use strict";var q8=Nr(),g8=j(),y8=oo(),uo=new g8(1),h8=new q8(uo.buffer);function S8(r){return uo[0]=r,h8[y8]}vo.exports=S8});var C=o((nO,fo)=>{"use strict";var I8=co();fo.exports=I8});var po=o((oO,lo)=>{"use strict";var A8=_r(),Ut;A8===!0?Ut=1:Ut=0;lo.exports=Ut});var qo=o((uO,mo)=>{"use strict";var N8=Nr(),_8=j(),E8=po(),Wt=new _8(1),w8=new N8(Wt.buffer);function T8(r,e){return Wt[0]=r,w8[E8]=e>>>0,Wt[0]}mo.exports=T8});var kr=o((vO,go)=>{"use strict";var O8=qo();go.exports=O8});var So=o((cO,ho)=>{"use strict";var R8=_r(),yo,Bt,Xt;R8===!0?(Bt=1,Xt=0):(Bt=0,Xt=1);yo={HIGH:Bt,LOW:Xt};ho.exports=yo});var Eo=o((fO,_o)=>{"use strict";var P8=Nr(),F8=j(),Ao=So(),No=new F8(1),Io=new P8(No.buffer),L8=Ao.HIGH,C8=Ao.LOW;function k8(r,e){return Io[L8]=r,Io[C8]=e,No[0]}_o.exports=k8});var re=o((lO,wo)=>{"use strict";var D8=Eo();wo.exports=D8});var A=o((pO,To)=>{"use strict";var G8=Number.POSITIVE_INFINITY;To.exports=G8});var Ro=o((mO,Oo)=>{"use strict";Oo.exports=Number});var Fo=o((dO,Po)=>{"use strict";var H8=Ro();Po.exports=H8});var P=o((qO,Lo)=>{"use strict";var M8=Fo(),b8=M8.NEGATIVE_INFINITY;Lo.exports=b8});var vr=o((gO,Co)=>{"use strict";var $8=1023;Co.exports=$8});var Do=o((yO,ko)=>{"use strict";var U8=.34657359027997264;ko.exports=U8});var Ho=o((hO,Go)=>{"use strict";function W8(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}Go.exports=W8});var Bo=o((SO,Wo)=>{"use strict";var B8=I(),Mo=C(),Vt=kr(),X8=re(),bo=A(),V8=P(),$o=vr(),Q8=Do(),Y8=Ho(),Z8=709.782712893384,Qt=.6931471803691238,Yt=19082149292705877e-26,Uo=1.4426950408889634,J8=38.816242111356935,K8=1.0397207708399179;function j8(r){var e,t,i,a,s,n,u,v,f,c,l,m,p;if(r===bo||B8(r))return r;if(r===V8)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=J8){if(i)return-1;if(v>=Z8)return bo}if(n=Mo(v)|0,v>Q8)v<K8?i?(a=r+Qt,s=-Yt,p=-1):(a=r-Qt,s=Yt,p=1):(i?p=Uo*r-.5:p=Uo*r+.5,p|=0,l=p,a=r-l*Qt,s=l*Yt),r=a-s,c=a-r-s;else{if(n<1016070144)return r;p=0}return e=.5*r,f=r*e,u=1+f*Y8(f),l=3-u*e,m=f*((u-l)/(6-r*l)),p===0?r-(r*m-f):(t=X8($o+p<<20,0),m=r*(m-c)-c,m-=f,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(a=Mo(v)+(p<<20)|0,v=Vt(v,a)):v*=t,v-1):(l=1,p<20?(a=1072693248-(2097152>>p)|0,l=Vt(l,a),v=l-(m-r)):(a=$o-p<<20|0,l=Vt(l,a),v=r-(m+l),v+=1),v*=t,v))}Wo.exports=j8});var ee=o((IO,Xo)=>{"use strict";var z8=Bo();Xo.exports=z8});var Qo=o((AO,Vo)=>{"use strict";function x8(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}Vo.exports=x8});var jo=o((NO,Ko)=>{"use strict";var rp=I(),Yo=C(),Zo=kr(),ep=A(),tp=P(),Jo=vr(),ip=Qo(),Zt=.6931471803691238,Jt=19082149292705877e-26,ap=.41421356237309503,sp=-.2928932188134525,np=1862645149230957e-24,op=5551115123125783e-32,up=9007199254740992,vp=.6666666666666666;function cp(r){var e,t,i,a,s,n,u,v,f,c;if(r<-1||rp(r))return NaN;if(r===-1)return tp;if(r===ep||r===0)return r;if(r<0?i=-r:i=r,c=1,i<ap){if(i<np)return i<op?r:r-r*r*.5;r>sp&&(c=0,a=r,t=1)}return c!==0&&(i<up?(f=1+r,t=Yo(f),c=(t>>20)-Jo,c>0?s=1-(f-r):s=r-(f-1),s/=f):(f=r,t=Yo(f),c=(t>>20)-Jo,s=0),t&=1048575,t<434334?f=Zo(f,t|1072693248):(c+=1,f=Zo(f,t|1071644672),t=1048576-t>>2),a=f-1),e=.5*a*a,t===0?a===0?(s+=c*Jt,c*Zt+s):(v=e*(1-vp*a),c*Zt-(v-(c*Jt+s)-a)):(n=a/(2+a),u=n*n,v=u*ip(u),c===0?a-(e-n*(e+v)):c*Zt-(e-(n*(e+v)+(c*Jt+s))-a))}Ko.exports=cp});var z=o((_O,zo)=>{"use strict";var fp=jo();zo.exports=fp});var ru=o((EO,xo)=>{"use strict";var lp=Math.sqrt;xo.exports=lp});var b=o((wO,eu)=>{"use strict";var pp=ru();eu.exports=pp});var iu=o((TO,tu)=>{"use strict";var mp=.7853981633974483;tu.exports=mp});var su=o((OO,au)=>{"use strict";function dp(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}au.exports=dp});var ou=o((RO,nu)=>{"use strict";function qp(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}nu.exports=qp});var cu=o((PO,vu)=>{"use strict";var gp=I(),yp=b(),uu=iu(),hp=su(),Sp=ou(),Ip=6123233995736766e-32;function Ap(r){var e,t,i,a,s;if(gp(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,a=t*Sp(t),t=yp(t+t),s=uu-t,t=t*a-Ip,s-=t,s+=uu;else{if(i<1e-8)return r;t=i*i,s=t*hp(t),s=i*s+i}return e?-s:s}vu.exports=Ap});var lu=o((FO,fu)=>{"use strict";var Np=cu();fu.exports=Np});var mu=o((LO,pu)=>{"use strict";function _p(r){return Math.abs(r)}pu.exports=_p});var N=o((CO,du)=>{"use strict";var Ep=mu();du.exports=Ep});var gu=o((kO,qu)=>{"use strict";var wp=Math.ceil;qu.exports=wp});var hu=o((DO,yu)=>{"use strict";var Tp=gu();yu.exports=Tp});var Iu=o((GO,Su)=>{"use strict";var Op=R(),Rp=hu();function Pp(r){return r<0?Rp(r):Op(r)}Su.exports=Pp});var Dr=o((HO,Au)=>{"use strict";var Fp=Iu();Au.exports=Fp});var _u=o((MO,Nu)=>{"use strict";var Lp=1023;Nu.exports=Lp});var wu=o((bO,Eu)=>{"use strict";var Cp=-1023;Eu.exports=Cp});var Ou=o(($O,Tu)=>{"use strict";var kp=-1074;Tu.exports=kp});var Pu=o((UO,Ru)=>{"use strict";var Dp=A(),Gp=P();function Hp(r){return r===Dp||r===Gp}Ru.exports=Hp});var Er=o((WO,Fu)=>{"use strict";var Mp=Pu();Fu.exports=Mp});var Cu=o((BO,Lu)=>{"use strict";var bp=2147483648;Lu.exports=bp});var cr=o((XO,ku)=>{"use strict";var $p=2147483647;ku.exports=$p});var Hu=o((VO,Gu)=>{"use strict";var Up=_r(),Du,Kt,jt;Up===!0?(Kt=1,jt=0):(Kt=0,jt=1);Du={HIGH:Kt,LOW:jt};Gu.exports=Du});var zt=o((QO,Uu)=>{"use strict";var Wp=Nr(),Bp=j(),bu=Hu(),$u=new Bp(1),Mu=new Wp($u.buffer),Xp=bu.HIGH,Vp=bu.LOW;function Qp(r,e,t,i){return $u[0]=r,e[i]=Mu[Xp],e[i+t]=Mu[Vp],e}Uu.exports=Qp});var Bu=o((YO,Wu)=>{"use strict";var Yp=zt();function Zp(r){return Yp(r,[0,0],1,0)}Wu.exports=Zp});var Le=o((ZO,Vu)=>{"use strict";var Jp=ur(),Xu=Bu(),Kp=zt();Jp(Xu,"assign",Kp);Vu.exports=Xu});var Yu=o((JO,Qu)=>{"use strict";var jp=Cu(),zp=cr(),xp=Le(),rm=C(),em=re(),xt=[0,0];function tm(r,e){var t,i;return xp.assign(r,xt,1,0),t=xt[0],t&=zp,i=rm(e),i&=jp,t|=i,em(t,xt[1])}Qu.exports=tm});var Ce=o((KO,Zu)=>{"use strict";var im=Yu();Zu.exports=im});var Gr=o((jO,Ju)=>{"use strict";var am=22250738585072014e-324;Ju.exports=am});var ri=o((zO,Ku)=>{"use strict";var sm=Gr(),nm=Er(),om=I(),um=N(),vm=4503599627370496;function cm(r,e,t,i){return om(r)||nm(r)?(e[i]=r,e[i+t]=0,e):r!==0&&um(r)<sm?(e[i]=r*vm,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}Ku.exports=cm});var zu=o((xO,ju)=>{"use strict";var fm=ri();function lm(r){return fm(r,[0,0],1,0)}ju.exports=lm});var e1=o((rR,r1)=>{"use strict";var pm=ur(),xu=zu(),mm=ri();pm(xu,"assign",mm);r1.exports=xu});var te=o((eR,t1)=>{"use strict";var dm=2146435072;t1.exports=dm});var a1=o((tR,i1)=>{"use strict";var qm=C(),gm=te(),ym=vr();function hm(r){var e=qm(r);return e=(e&gm)>>>20,e-ym|0}i1.exports=hm});var n1=o((iR,s1)=>{"use strict";var Sm=a1();s1.exports=Sm});var u1=o((aR,o1)=>{"use strict";var Im=A(),Am=P(),Nm=vr(),_m=_u(),Em=wu(),wm=Ou(),Tm=I(),Om=Er(),Rm=Ce(),Pm=e1().assign,Fm=n1(),Lm=Le(),Cm=re(),km=2220446049250313e-31,Dm=2148532223,ei=[0,0],ti=[0,0];function Gm(r,e){var t,i;return e===0||r===0||Tm(r)||Om(r)?r:(Pm(r,ei,1,0),r=ei[0],e+=ei[1],e+=Fm(r),e<wm?Rm(0,r):e>_m?r<0?Am:Im:(e<=Em?(e+=52,i=km):i=1,Lm.assign(r,ti,1,0),t=ti[0],t&=Dm,t|=e+Nm<<20,i*Cm(t,ti[1])))}o1.exports=Gm});var ke=o((sR,v1)=>{"use strict";var Hm=u1();v1.exports=Hm});var f1=o((nR,c1)=>{"use strict";function Mm(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}c1.exports=Mm});var p1=o((oR,l1)=>{"use strict";var bm=ke(),$m=f1();function Um(r,e,t){var i,a,s,n;return i=r-e,a=i*i,s=i-a*$m(a),n=1-(e-i*s/(2-s)-r),bm(n,t)}l1.exports=Um});var h1=o((uR,y1)=>{"use strict";var Wm=I(),m1=Dr(),Bm=P(),d1=A(),Xm=p1(),Vm=.6931471803691238,Qm=19082149292705877e-26,q1=1.4426950408889634,Ym=709.782712893384,Zm=-745.1332191019411,g1=1/(1<<28),Jm=-g1;function Km(r){var e,t,i;return Wm(r)||r===d1?r:r===Bm?0:r>Ym?d1:r<Zm?0:r>Jm&&r<g1?1+r:(r<0?i=m1(q1*r-.5):i=m1(q1*r+.5),e=r-i*Vm,t=i*Qm,Xm(e,t,i))}y1.exports=Km});var w=o((vR,S1)=>{"use strict";var jm=h1();S1.exports=jm});var A1=o((cR,I1)=>{"use strict";var zm=R();function xm(r){return zm(r)===r}I1.exports=xm});var wr=o((fR,N1)=>{"use strict";var rd=A1();N1.exports=rd});var E1=o((lR,_1)=>{"use strict";var ed=wr();function td(r){return ed(r/2)}_1.exports=td});var T1=o((pR,w1)=>{"use strict";var id=E1();w1.exports=id});var P1=o((mR,R1)=>{"use strict";var O1=T1();function ad(r){return r>0?O1(r-1):O1(r+1)}R1.exports=ad});var De=o((dR,F1)=>{"use strict";var sd=P1();F1.exports=sd});var C1=o((qR,L1)=>{"use strict";var nd=_r(),ii;nd===!0?ii=0:ii=1;L1.exports=ii});var D1=o((gR,k1)=>{"use strict";var od=Nr(),ud=j(),vd=C1(),ai=new ud(1),cd=new od(ai.buffer);function fd(r,e){return ai[0]=r,cd[vd]=e>>>0,ai[0]}k1.exports=fd});var Hr=o((yR,G1)=>{"use strict";var ld=D1();G1.exports=ld});var M1=o((hR,H1)=>{"use strict";function pd(r){return r|0}H1.exports=pd});var si=o((SR,b1)=>{"use strict";var md=M1();b1.exports=md});var W1=o((IR,U1)=>{"use strict";var $1=De(),dd=Ce(),qd=P(),Ge=A();function gd(r,e){return e===qd?Ge:e===Ge?0:e>0?$1(e)?r:0:$1(e)?dd(Ge,r):Ge}U1.exports=gd});var X1=o((AR,B1)=>{"use strict";var yd=cr(),hd=C(),Sd=1072693247,He=1e300,Me=1e-300;function Id(r,e){var t,i;return i=hd(r),t=i&yd,t<=Sd?e<0?He*He:Me*Me:e>0?He*He:Me*Me}B1.exports=Id});var Y1=o((NR,Q1)=>{"use strict";var Ad=N(),V1=A();function Nd(r,e){return r===-1?(r-r)/(r-r):r===1?1:Ad(r)<1==(e===V1)?0:V1}Q1.exports=Nd});var ni=o((_R,Z1)=>{"use strict";var _d=20;Z1.exports=_d});var K1=o((ER,J1)=>{"use strict";function Ed(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}J1.exports=Ed});var r2=o((wR,x1)=>{"use strict";var wd=C(),be=Hr(),j1=kr(),Td=vr(),Od=ni(),Rd=K1(),Pd=1048575,z1=1048576,Fd=1072693248,Ld=536870912,Cd=524288,kd=9007199254740992,Dd=.9617966939259756,Gd=.9617967009544373,Hd=-7028461650952758e-24,Md=[1,1.5],bd=[0,.5849624872207642],$d=[0,1350039202129749e-23];function Ud(r,e,t){var i,a,s,n,u,v,f,c,l,m,p,g,d,h,q,S,y,k,_,H,M,L;return H=0,t<z1&&(e*=kd,H-=53,t=wd(e)),H+=(t>>Od)-Td|0,M=t&Pd|0,t=M|Fd|0,M<=235662?L=0:M<767610?L=1:(L=0,H+=1,t-=z1),e=j1(e,t),c=Md[L],k=e-c,_=1/(e+c),a=k*_,n=be(a,0),i=(t>>1|Ld)+Cd,i+=L<<18,v=j1(0,i),f=e-(v-c),u=_*(k-n*v-n*f),s=a*a,y=s*s*Rd(s),y+=u*(n+a),s=n*n,v=3+s+y,v=be(v,0),f=y-(v-3-s),k=n*v,_=u*v+f*a,m=k+_,m=be(m,0),p=_-(m-k),g=Gd*m,d=Hd*m+p*Dd+$d[L],l=bd[L],S=H,h=g+d+l+S,h=be(h,0),q=d-(h-S-l-g),r[0]=h,r[1]=q,r}x1.exports=Ud});var t2=o((TR,e2)=>{"use strict";function Wd(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}e2.exports=Wd});var a2=o((OR,i2)=>{"use strict";var Bd=Hr(),Xd=t2(),Vd=1.4426950408889634,Qd=1.4426950216293335,Yd=19259629911266175e-24;function Zd(r,e){var t,i,a,s,n,u;return a=e-1,s=a*a*Xd(a),n=Qd*a,u=a*Yd-s*Vd,i=n+u,i=Bd(i,0),t=u-(i-n),r[0]=i,r[1]=t,r}i2.exports=Zd});var n2=o((RR,s2)=>{"use strict";var Jd=.6931471805599453;s2.exports=Jd});var oi=o((PR,o2)=>{"use strict";var Kd=1048575;o2.exports=Kd});var v2=o((FR,u2)=>{"use strict";function jd(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}u2.exports=jd});var q2=o((LR,d2)=>{"use strict";var zd=C(),c2=kr(),xd=Hr(),rq=si(),eq=ke(),tq=n2(),f2=vr(),l2=cr(),p2=oi(),ie=ni(),iq=v2(),m2=1048576,aq=1071644672,sq=.6931471824645996,nq=-1904654299957768e-24;function oq(r,e,t){var i,a,s,n,u,v,f,c,l,m,p;return m=r&l2|0,p=(m>>ie)-f2|0,l=0,m>aq&&(l=r+(m2>>p+1)>>>0,p=((l&l2)>>ie)-f2|0,i=(l&~(p2>>p))>>>0,s=c2(0,i),l=(l&p2|m2)>>ie-p>>>0,r<0&&(l=-l),e-=s),s=t+e,s=xd(s,0),u=s*sq,v=(t-(s-e))*tq+s*nq,c=u+v,f=v-(c-u),s=c*c,a=c-s*iq(s),n=c*a/(a-2)-(f+c*f),c=1-(n-c),r=zd(c),r=rq(r),r+=l<<ie>>>0,r>>ie<=0?c=eq(c,l):c=c2(c,r),c}d2.exports=oq});var T2=o((CR,w2)=>{"use strict";var g2=I(),y2=De(),h2=Er(),uq=wr(),S2=b(),vq=N(),ui=Le(),cq=Hr(),I2=si(),fq=P(),lq=A(),vi=cr(),pq=W1(),mq=X1(),dq=Y1(),qq=r2(),gq=a2(),yq=q2(),hq=1072693247,Sq=1105199104,Iq=1139802112,A2=1083179008,Aq=1072693248,Nq=1083231232,_q=3230714880,N2=31,fr=1e300,lr=1e-300,Eq=8008566259537294e-32,x=[0,0],_2=[0,0];function E2(r,e){var t,i,a,s,n,u,v,f,c,l,m,p,g,d,h,q;if(g2(r)||g2(e))return NaN;if(ui.assign(e,x,1,0),u=x[0],v=x[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return S2(r);if(e===-.5)return 1/S2(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(h2(e))return dq(r,e)}if(ui.assign(r,x,1,0),s=x[0],n=x[1],n===0){if(s===0)return pq(r,e);if(r===1)return 1;if(r===-1&&y2(e))return-1;if(h2(r))return r===fq?E2(-0,-e):e<0?0:lq}if(r<0&&uq(e)===!1)return(r-r)/(r-r);if(a=vq(r),t=s&vi|0,i=u&vi|0,f=s>>>N2|0,c=u>>>N2|0,f&&y2(e)?f=-1:f=1,i>Sq){if(i>Iq)return mq(r,e);if(t<hq)return c===1?f*fr*fr:f*lr*lr;if(t>Aq)return c===0?f*fr*fr:f*lr*lr;g=gq(_2,a)}else g=qq(_2,a,t);if(l=cq(e,0),p=(e-l)*g[0]+e*g[1],m=l*g[0],d=p+m,ui.assign(d,x,1,0),h=I2(x[0]),q=I2(x[1]),h>=A2){if((h-A2|q)!==0||p+Eq>d-m)return f*fr*fr}else if((h&vi)>=Nq&&((h-_q|q)!==0||p<=d-m))return f*lr*lr;return d=yq(h,m,p),f*d}w2.exports=E2});var O=o((kR,O2)=>{"use strict";var wq=T2();O2.exports=wq});var Tr=o((DR,R2)=>{"use strict";var Tq=2.718281828459045;R2.exports=Tq});var W=o((GR,P2)=>{"use strict";var Oq=2220446049250313e-31;P2.exports=Oq});var L2=o((HR,F2)=>{"use strict";function Rq(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}F2.exports=Rq});var D2=o((MR,k2)=>{"use strict";var C2=I(),Pq=z(),Fq=b(),Lq=N(),Cq=w(),ci=O(),kq=Tr(),fi=W(),li=L2(),pi=10.900511;function Dq(r,e){var t,i,a,s,n,u,v;return C2(r)||C2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<fi?(n=v/r,n/=e,n):v===r&&e<fi?1/e:v===e&&r<fi?1/r:(r<e&&(u=e,e=r,r=u),i=r+pi-.5,a=e+pi-.5,s=v+pi-.5,n=li(r)*(li(e)/li(v)),t=r-.5-e,Lq(e*t)<s*100&&r>100?n*=Cq(t*Pq(-e/s)):n*=ci(i/s,t),s>1e10?n*=ci(i/s*(a/s),e):n*=ci(i*a/(s*s),e),n*=Fq(kq/a),n))}k2.exports=Dq});var H2=o((bR,G2)=>{"use strict";var Gq=D2();G2.exports=Gq});var b2=o(($R,M2)=>{"use strict";var Hq=A();function Mq(r){return r===0&&1/r===Hq}M2.exports=Mq});var U2=o((UR,$2)=>{"use strict";var bq=b2();$2.exports=bq});var X2=o((WR,B2)=>{"use strict";var $q=U2(),W2=I(),mi=A();function Uq(r,e){return W2(r)||W2(e)?NaN:r===mi||e===mi?mi:r===e&&r===0?$q(r)?r:e:r>e?r:e}B2.exports=Uq});var rr=o((BR,V2)=>{"use strict";var Wq=X2();V2.exports=Wq});var Y2=o((XR,Q2)=>{"use strict";var Bq=P();function Xq(r){return r===0&&1/r===Bq}Q2.exports=Xq});var di=o((VR,Z2)=>{"use strict";var Vq=Y2();Z2.exports=Vq});var j2=o((QR,K2)=>{"use strict";var Qq=di(),J2=I(),qi=P();function Yq(r,e){return J2(r)||J2(e)?NaN:r===qi||e===qi?qi:r===e&&r===0?Qq(r)?r:e:r<e?r:e}K2.exports=Yq});var B=o((YR,z2)=>{"use strict";var Zq=j2();z2.exports=Zq});var $e=o((ZR,x2)=>{"use strict";var Jq=17976931348623157e292;x2.exports=Jq});var gi=o((JR,rv)=>{"use strict";var Kq=2147483647;rv.exports=Kq});var tv=o((KR,ev)=>{"use strict";var jq=1.5707963267948966;ev.exports=jq});var Mr=o((jR,iv)=>{"use strict";var zq=3.141592653589793;iv.exports=zq});var sv=o((zR,av)=>{"use strict";function xq(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}av.exports=xq});var ov=o((xR,nv)=>{"use strict";function rg(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}nv.exports=rg});var vv=o((rP,uv)=>{"use strict";var eg=sv(),tg=ov();function ig(r,e){var t,i,a,s;return s=r*r,a=s*s,i=s*eg(s),i+=a*a*tg(s),t=.5*s,a=1-t,a+(1-a-t+(s*i-r*e))}uv.exports=ig});var yi=o((eP,cv)=>{"use strict";var ag=vv();cv.exports=ag});var pv=o((tP,lv)=>{"use strict";var fv=-.16666666666666632,sg=.00833333333332249,ng=-.0001984126982985795,og=27557313707070068e-22,ug=-25050760253406863e-24,vg=158969099521155e-24;function cg(r,e){var t,i,a,s;return s=r*r,a=s*s,t=sg+s*(ng+s*og)+s*a*(ug+s*vg),i=s*r,e===0?r+i*(fv+s*t):r-(s*(.5*e-i*t)-e-i*fv)}lv.exports=cg});var hi=o((iP,mv)=>{"use strict";var fg=pv();mv.exports=fg});var qv=o((aP,dv)=>{"use strict";var lg=_r(),Si;lg===!0?Si=0:Si=1;dv.exports=Si});var hv=o((sP,yv)=>{"use strict";var pg=Nr(),mg=j(),dg=qv(),gv=new mg(1),qg=new pg(gv.buffer);function gg(r){return gv[0]=r,qg[dg]}yv.exports=gg});var Iv=o((nP,Sv)=>{"use strict";var yg=hv();Sv.exports=yg});var Nv=o((oP,Av)=>{"use strict";function hg(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}Av.exports=hg});var Ev=o((uP,_v)=>{"use strict";var Sg=Nv();_v.exports=Sg});var Tv=o((vP,wv)=>{"use strict";var Ig=Ev();function Ag(r){return Ig(0,r)}wv.exports=Ag});var Rv=o((cP,Ov)=>{"use strict";var Ng=Tv();Ov.exports=Ng});var kv=o((fP,Cv)=>{"use strict";var _g=R(),Ue=ke(),Xe=Rv(),Fv=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],Eg=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],Ii=16777216,Ai=5960464477539063e-23,We=Xe(20),Pv=Xe(20),Be=Xe(20),T=Xe(20);function Lv(r,e,t,i,a,s,n,u,v){var f,c,l,m,p,g,d,h,q;for(m=s,q=i[t],h=t,p=0;h>0;p++)c=Ai*q|0,T[p]=q-Ii*c|0,q=i[h-1]+c,h-=1;if(q=Ue(q,a),q-=8*_g(q*.125),d=q|0,q-=d,l=0,a>0?(p=T[t-1]>>24-a,d+=p,T[t-1]-=p<<24-a,l=T[t-1]>>23-a):a===0?l=T[t-1]>>23:q>=.5&&(l=2),l>0){for(d+=1,f=0,p=0;p<t;p++)h=T[p],f===0?h!==0&&(f=1,T[p]=16777216-h):T[p]=16777215-h;if(a>0)switch(a){case 1:T[t-1]&=8388607;break;case 2:T[t-1]&=4194303;break}l===2&&(q=1-q,f!==0&&(q-=Ue(1,a)))}if(q===0){for(h=0,p=t-1;p>=s;p--)h|=T[p];if(h===0){for(g=1;T[s-g]===0;g++);for(p=t+1;p<=t+g;p++){for(v[u+p]=Fv[n+p],c=0,h=0;h<=u;h++)c+=r[h]*v[u+(p-h)];i[p]=c}return t+=g,Lv(r,e,t,i,a,s,n,u,v)}for(t-=1,a-=24;T[t]===0;)t-=1,a-=24}else q=Ue(q,-a),q>=Ii?(c=Ai*q|0,T[t]=q-Ii*c|0,t+=1,a+=24,T[t]=c):T[t]=q|0;for(c=Ue(1,a),p=t;p>=0;p--)i[p]=c*T[p],c*=Ai;for(p=t;p>=0;p--){for(c=0,g=0;g<=m&&g<=t-p;g++)c+=Eg[g]*i[p+g];Be[t-p]=c}for(c=0,p=t;p>=0;p--)c+=Be[p];for(l===0?e[0]=c:e[0]=-c,c=Be[0]-c,p=1;p<=t;p++)c+=Be[p];return l===0?e[1]=c:e[1]=-c,d&7}function wg(r,e,t,i){var a,s,n,u,v,f,c,l,m;for(s=4,u=i-1,n=(t-3)/24|0,n<0&&(n=0),f=t-24*(n+1),l=n-u,m=u+s,c=0;c<=m;c++)l<0?We[c]=0:We[c]=Fv[l],l+=1;for(c=0;c<=s;c++){for(a=0,l=0;l<=u;l++)a+=r[l]*We[u+(c-l)];Pv[c]=a}return v=s,Lv(r,e,v,Pv,f,s,n,u,We)}Cv.exports=wg});var Gv=o((lP,Dv)=>{"use strict";var Tg=Math.round;Dv.exports=Tg});var Mv=o((pP,Hv)=>{"use strict";var Og=Gv();Hv.exports=Og});var Wv=o((mP,Uv)=>{"use strict";var Rg=Mv(),bv=C(),Pg=.6366197723675814,Fg=1.5707963267341256,Lg=6077100506506192e-26,Cg=6077100506303966e-26,kg=20222662487959506e-37,Dg=20222662487111665e-37,Gg=84784276603689e-45,$v=2047;function Hg(r,e,t){var i,a,s,n,u,v,f;return a=Rg(r*Pg),n=r-a*Fg,u=a*Lg,f=e>>20|0,t[0]=n-u,i=bv(t[0]),v=f-(i>>20&$v),v>16&&(s=n,u=a*Cg,n=s-u,u=a*kg-(s-n-u),t[0]=n-u,i=bv(t[0]),v=f-(i>>20&$v),v>49&&(s=n,u=a*Dg,n=s-u,u=a*Gg-(s-n-u),t[0]=n-u)),t[1]=n-t[0]-u,a}Uv.exports=Hg});var Xv=o((dP,Bv)=>{"use strict";var Mg=cr(),bg=te(),$g=oi(),Ug=C(),Wg=Iv(),Bg=re(),Xg=kv(),Ve=Wv(),Vg=0,Qg=16777216,pr=1.5707963267341256,Or=6077100506506192e-26,Qe=2*Or,Ye=3*Or,Ze=4*Or,Yg=598523,Zg=1072243195,Jg=1073928572,Kg=1074752122,jg=1074977148,zg=1075183036,xg=1075388923,ry=1075594811,ey=1094263291,ae=[0,0,0],se=[0,0];function ty(r,e){var t,i,a,s,n,u,v,f;if(a=Ug(r)|0,s=a&Mg|0,s<=Zg)return e[0]=r,e[1]=0,0;if(s<=Kg)return(s&$g)===Yg?Ve(r,s,e):s<=Jg?a>0?(f=r-pr,e[0]=f-Or,e[1]=f-e[0]-Or,1):(f=r+pr,e[0]=f+Or,e[1]=f-e[0]+Or,-1):a>0?(f=r-2*pr,e[0]=f-Qe,e[1]=f-e[0]-Qe,2):(f=r+2*pr,e[0]=f+Qe,e[1]=f-e[0]+Qe,-2);if(s<=ry)return s<=zg?s===jg?Ve(r,s,e):a>0?(f=r-3*pr,e[0]=f-Ye,e[1]=f-e[0]-Ye,3):(f=r+3*pr,e[0]=f+Ye,e[1]=f-e[0]+Ye,-3):s===xg?Ve(r,s,e):a>0?(f=r-4*pr,e[0]=f-Ze,e[1]=f-e[0]-Ze,4):(f=r+4*pr,e[0]=f+Ze,e[1]=f-e[0]+Ze,-4);if(s<ey)return Ve(r,s,e);if(s>=bg)return e[0]=NaN,e[1]=NaN,0;for(t=Wg(r),i=(s>>20)-1046,f=Bg(s-(i<<20|0),t),u=0;u<2;u++)ae[u]=f|0,f=(f-ae[u])*Qg;for(ae[2]=f,n=3;ae[n-1]===Vg;)n-=1;return v=Xg(ae,se,i,n,1),a<0?(e[0]=-se[0],e[1]=-se[1],-v):(e[0]=se[0],e[1]=se[1],v)}Bv.exports=ty});var Ni=o((qP,Vv)=>{"use strict";var iy=Xv();Vv.exports=iy});var Zv=o((gP,Yv)=>{"use strict";var ay=cr(),sy=te(),ny=C(),Qv=yi(),_i=hi(),oy=Ni(),uy=1072243195,vy=1045430272,er=[0,0];function cy(r){var e,t;if(e=ny(r),e&=ay,e<=uy)return e<vy?r:_i(r,0);if(e>=sy)return NaN;switch(t=oy(r,er),t&3){case 0:return _i(er[0],er[1]);case 1:return Qv(er[0],er[1]);case 2:return-_i(er[0],er[1]);default:return-Qv(er[0],er[1])}}Yv.exports=cy});var Ei=o((yP,Jv)=>{"use strict";var fy=Zv();Jv.exports=fy});var wi=o((hP,Kv)=>{"use strict";var ly=2.5066282746310007;Kv.exports=ly});var zv=o((SP,jv)=>{"use strict";function py(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}jv.exports=py});var e3=o((IP,r3)=>{"use strict";var my=wi(),xv=O(),dy=w(),qy=zv(),gy=143.01608;function yy(r){var e,t,i;return e=1/r,e=1+e*qy(e),t=dy(r),r>gy?(i=xv(r,.5*r-.25),t=i*(i/t)):t=xv(r,r-.5)/t,my*t*e}r3.exports=yy});var i3=o((AP,t3)=>{"use strict";var hy=.5772156649015329;t3.exports=hy});var s3=o((NP,a3)=>{"use strict";var Sy=i3();function Iy(r,e){return e/((1+Sy*r)*r)}a3.exports=Iy});var o3=o((_P,n3)=>{"use strict";function Ay(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}n3.exports=Ay});var d3=o((EP,m3)=>{"use strict";var Ny=I(),_y=wr(),Ey=di(),u3=N(),wy=R(),Ty=Ei(),v3=A(),c3=P(),f3=Mr(),l3=e3(),p3=s3(),Oy=o3();function Ry(r){var e,t,i,a;if(_y(r)&&r<0||r===c3||Ny(r))return NaN;if(r===0)return Ey(r)?c3:v3;if(r>171.61447887182297)return v3;if(r<-170.5674972726612)return 0;if(t=u3(r),t>33)return r>=0?l3(r):(i=wy(t),(i&1)===0?e=-1:e=1,a=t-i,a>.5&&(i+=1,a=t-i),a=t*Ty(f3*a),e*f3/(u3(a)*l3(t)));for(a=1;r>=3;)r-=1,a*=r;for(;r<0;){if(r>-1e-9)return p3(r,a);a/=r,r+=1}for(;r<2;){if(r<1e-9)return p3(r,a);a/=r,r+=1}return r===2?a:(r-=2,a*Oy(r))}m3.exports=Ry});var mr=o((wP,q3)=>{"use strict";var Py=d3();q3.exports=Py});var ne=o((TP,g3)=>{"use strict";var Fy=170;g3.exports=Fy});var y3=o((OP,Ly)=>{Ly.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var S3=o((RP,h3)=>{"use strict";var Cy=I(),ky=wr(),Dy=mr(),Gy=A(),Hy=ne(),My=y3();function by(r){return Cy(r)?NaN:ky(r)?r<0?NaN:r<=Hy?My[r]:Gy:Dy(r+1)}h3.exports=by});var Ti=o((PP,I3)=>{"use strict";var $y=S3();I3.exports=$y});var N3=o((FP,A3)=>{"use strict";function Uy(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}A3.exports=Uy});var E3=o((LP,_3)=>{"use strict";var Wy=N3();_3.exports=Wy});var T3=o((CP,w3)=>{"use strict";var By=E3();w3.exports=By});var br=o((kP,O3)=>{"use strict";var Xy=10.900511;O3.exports=Xy});var H3=o((DP,G3)=>{"use strict";var R3=T3(),Vy=mr(),Qy=z(),P3=N(),F3=w(),L3=O(),C3=W(),Yy=Tr(),Zy=br(),k3=ne(),Jy=4269068009004705e289;function D3(r,e){var t,i,a;return r<C3?e>=k3?(i=D3(e,k3-e),i*=r,i*=Jy,1/i):1/(r*Vy(r+e)):(a=r+Zy-.5,r+e===r?P3(e/a)<C3?t=F3(-e):t=1:(P3(e)<10?t=F3((.5-r)*Qy(e/a)):t=L3(a/(a+e),r-.5),t*=R3(r)/R3(r+e)),t*=L3(Yy/(a+e),e),t)}G3.exports=D3});var B3=o((GP,W3)=>{"use strict";var Ky=N(),M3=R(),b3=mr(),$3=Ti(),U3=ne(),jy=H3();function zy(r,e){var t,i,a;if(r<=0||r+e<=0)return b3(r)/b3(r+e);if(i=M3(e),i===e){if(a=M3(r),a===r&&r<=U3&&r+e<=U3)return $3(a-1)/$3(i+a-1);if(Ky(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return jy(r,e)}W3.exports=zy});var V3=o((HP,X3)=>{"use strict";var xy=B3();X3.exports=xy});var Y3=o((MP,Q3)=>{"use strict";function rh(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}Q3.exports=rh});var J3=o((bP,Z3)=>{"use strict";function eh(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}Z3.exports=eh});var x3=o(($P,z3)=>{"use strict";var K3=C(),th=kr(),ih=I(),ah=vr(),sh=P(),nh=Y3(),oh=J3(),Je=.6931471803691238,Ke=19082149292705877e-26,uh=0x40000000000000,vh=.3333333333333333,j3=1048575,ch=2146435072,fh=1048576,lh=1072693248;function ph(r){var e,t,i,a,s,n,u,v,f,c,l,m;return r===0?sh:ih(r)||r<0?NaN:(t=K3(r),s=0,t<fh&&(s-=54,r*=uh,t=K3(r)),t>=ch?r+r:(s+=(t>>20)-ah|0,t&=j3,v=t+614244&1048576|0,r=th(r,t|v^lh),s+=v>>20|0,u=r-1,(j3&2+t)<3?u===0?s===0?0:s*Je+s*Ke:(n=u*u*(.5-vh*u),s===0?u-n:s*Je-(n-s*Ke-u)):(c=u/(2+u),m=c*c,v=t-398458|0,l=m*m,f=440401-t|0,a=l*nh(l),i=m*oh(l),v|=f,n=i+a,v>0?(e=.5*u*u,s===0?u-(e-c*(e+n)):s*Je-(e-(c*(e+n)+s*Ke)-u)):s===0?u-c*(u-n):s*Je-(c*(u-n)-s*Ke-u))))}z3.exports=ph});var F=o((UP,r6)=>{"use strict";var mh=x3();r6.exports=mh});var i6=o((WP,t6)=>{"use strict";var dh=C(),Oi=yi(),e6=hi(),qh=Ni(),gh=cr(),yh=te(),tr=[0,0],hh=1072243195,Sh=1044381696;function Ih(r){var e,t;if(e=dh(r),e&=gh,e<=hh)return e<Sh?1:Oi(r,0);if(e>=yh)return NaN;switch(t=qh(r,tr),t&3){case 0:return Oi(tr[0],tr[1]);case 1:return-e6(tr[0],tr[1]);case 2:return-Oi(tr[0],tr[1]);default:return e6(tr[0],tr[1])}}t6.exports=Ih});var s6=o((BP,a6)=>{"use strict";var Ah=i6();a6.exports=Ah});var u6=o((XP,o6)=>{"use strict";var Nh=I(),_h=Er(),n6=s6(),Ri=Ei(),Eh=N(),oe=Ce(),ue=Mr();function wh(r){var e,t;return Nh(r)?NaN:_h(r)?NaN:(t=r%2,e=Eh(t),e===0||e===1?oe(0,t):e<.25?Ri(ue*t):e<.75?(e=.5-e,oe(n6(ue*e),t)):e<1.25?(t=oe(1,t)-t,Ri(ue*t)):e<1.75?(e-=1.5,-oe(n6(ue*e),t)):(t-=oe(2,t),Ri(ue*t)))}o6.exports=wh});var c6=o((VP,v6)=>{"use strict";var Th=u6();v6.exports=Th});var l6=o((QP,f6)=>{"use strict";function Oh(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}f6.exports=Oh});var m6=o((YP,p6)=>{"use strict";function Rh(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}p6.exports=Rh});var q6=o((ZP,d6)=>{"use strict";function Ph(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}d6.exports=Ph});var y6=o((JP,g6)=>{"use strict";function Fh(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}g6.exports=Fh});var S6=o((KP,h6)=>{"use strict";function Lh(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}h6.exports=Lh});var A6=o((jP,I6)=>{"use strict";function Ch(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}I6.exports=Ch});var _6=o((zP,N6)=>{"use strict";function kh(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}N6.exports=kh});var w6=o((xP,E6)=>{"use strict";function Dh(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}E6.exports=Dh});var O6=o((rF,T6)=>{"use strict";function Gh(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}T6.exports=Gh});var P6=o((eF,R6)=>{"use strict";function Hh(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}R6.exports=Hh});var C6=o((tF,L6)=>{"use strict";var Mh=I(),bh=Er(),$h=N(),$r=F(),Uh=Dr(),Wh=c6(),Bh=Mr(),Pi=A(),Xh=l6(),Vh=m6(),Qh=q6(),Yh=y6(),Zh=S6(),Jh=A6(),Kh=_6(),jh=w6(),zh=O6(),xh=P6(),rS=.07721566490153287,eS=.3224670334241136,tS=1,iS=-.07721566490153287,aS=.48383612272381005,sS=-.1475877229945939,nS=.06462494023913339,oS=-.07721566490153287,uS=1,vS=.4189385332046727,je=1.4616321449683622,cS=4503599627370496,fS=72057594037927940,lS=13877787807814457e-33,F6=1.4616321449683622,pS=-.12148629053584961,mS=-3638676997039505e-33;function dS(r){var e,t,i,a,s,n,u,v,f,c,l,m,p;if(Mh(r)||bh(r))return r;if(r===0)return Pi;if(r<0?(e=!0,r=-r):e=!1,r<lS)return-$r(r);if(e){if(r>=cS||(f=Wh(r),f===0))return Pi;t=$r(Bh/$h(f*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-$r(r),r>=je-1+.27?(l=1-r,i=0):r>=je-1-.27?(l=r-(F6-1),i=1):(l=r,i=2)):(p=0,r>=je+.27?(l=2-r,i=0):r>=je-.27?(l=r-F6,i=1):(l=r-1,i=2)),i){case 0:m=l*l,n=rS+m*Xh(m),s=m*(eS+m*Vh(m)),u=l*n+s,p+=u-.5*l;break;case 1:m=l*l,c=m*l,n=aS+c*Zh(c),s=sS+c*Jh(c),a=nS+c*Kh(c),u=m*n-(mS-c*(s+l*a)),p+=pS+u;break;case 2:n=l*(oS+l*jh(l)),s=uS+l*zh(l),p+=-.5*l+n/s;break}else if(r<8)switch(i=Uh(r),l=r-i,u=l*(iS+l*Yh(l)),v=tS+l*Qh(l),p=.5*l+u/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=$r(m)}else r<fS?(f=$r(r),m=1/r,l=m*m,c=vS+m*xh(l),p=(r-.5)*(f-1)+c):p=r*($r(r)-1);return e&&(p=t-p),p}L6.exports=dS});var ve=o((iF,k6)=>{"use strict";var qS=C6();k6.exports=qS});var ir=o((aF,D6)=>{"use strict";var gS=709.782712893384;D6.exports=gS});var H6=o((sF,G6)=>{"use strict";var yS=14901161193847656e-24;G6.exports=yS});var b6=o((nF,M6)=>{"use strict";var hS=eval;M6.exports=hS});var U6=o((oF,$6)=>{"use strict";var SS=b6();function IS(){var r;try{SS('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}$6.exports=IS});var Fi=o((uF,W6)=>{"use strict";var AS=U6();W6.exports=AS});var X6=o((vF,B6)=>{"use strict";var ze=N(),NS=W(),_S=1e6;function ES(r,e){var t,i,a,s,n,u;if(u={},arguments.length>1&&(u=e),i=u.tolerance||NS,s=u.maxTerms||_S,n=u.initialValue||0,t=typeof r.next=="function",t===!0){for(a of r)if(n+=a,ze(i*n)>=ze(a)||--s===0)break}else do a=r(),n+=a;while(ze(i*n)<ze(a)&&--s);return n}B6.exports=ES});var Y6=o((cF,Q6)=>{"use strict";var V6=N(),wS=W(),TS=1e6;function OS(r,e){var t,i,a,s,n;n={},arguments.length>1&&(n=e),t=n.tolerance||wS,a=n.maxTerms||TS,s=n.initialValue||0;do i=r(),s+=i;while(V6(t*s)<V6(i)&&--a);return s}Q6.exports=OS});var Ur=o((fF,Z6)=>{"use strict";var RS=Fi(),PS=X6(),FS=Y6(),Li;RS()?Li=PS:Li=FS;Z6.exports=Li});var K6=o((lF,J6)=>{"use strict";function LS(r,e){var t=1,i=r,a=e;return s;function s(){var n=t;return t*=i/a,i-=1,n}}J6.exports=LS});var z6=o((pF,j6)=>{"use strict";var CS=Ur(),kS=K6();function DS(r,e){var t,i;return i=kS(r,e),t=CS(i),t}j6.exports=DS});var rc=o((mF,x6)=>{"use strict";var GS=w();function HS(r,e){var t,i,a,s;if(a=GS(-e),i=a,i!==0)for(t=i,s=1;s<r;++s)t/=s,t*=e,i+=t;return i}x6.exports=HS});var tc=o((dF,ec)=>{"use strict";function MS(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}ec.exports=MS});var ac=o((qF,ic)=>{"use strict";function bS(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}ic.exports=bS});var nc=o((gF,sc)=>{"use strict";function $S(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}sc.exports=$S});var uc=o((yF,oc)=>{"use strict";function US(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}oc.exports=US});var cc=o((hF,vc)=>{"use strict";function WS(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}vc.exports=WS});var lc=o((SF,fc)=>{"use strict";function BS(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}fc.exports=BS});var mc=o((IF,pc)=>{"use strict";function XS(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}pc.exports=XS});var qc=o((AF,dc)=>{"use strict";function VS(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}dc.exports=VS});var Sc=o((NF,hc)=>{"use strict";var QS=I(),gc=w(),YS=Hr(),ZS=A(),JS=P(),KS=tc(),jS=ac(),zS=nc(),xS=uc(),rI=cc(),eI=lc(),tI=mc(),iI=qc(),xe=1e-300,aI=13877787807814457e-33,yc=.8450629115104675,sI=.12837916709551256,nI=1,oI=-.0023621185607526594,uI=1,vI=-.009864944034847148,cI=1,fI=-.0098649429247001,lI=1;function pI(r){var e,t,i,a,s,n,u,v;if(QS(r))return NaN;if(r===ZS)return 0;if(r===JS)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<aI?1-r:(i=r*r,a=sI+i*KS(i),s=nI+i*jS(i),n=a/s,r<.25?1-(r+r*n):(a=r*n,a+=r-.5,.5-a));if(t<1.25)return s=t-1,u=oI+s*zS(s),v=uI+s*xS(s),e?1+yc+u/v:1-yc-u/v;if(t<28){if(s=1/(t*t),t<2.857142857142857)a=vI+s*rI(s),s=cI+s*eI(s);else{if(r<-6)return 2-xe;a=fI+s*tI(s),s=lI+s*iI(s)}return i=YS(t,0),a=gc(-(i*i)-.5625)*gc((i-t)*(i+t)+a/s),e?2-a/t:a/t}return e?2-xe:xe*xe}hc.exports=pI});var Ci=o((_F,Ic)=>{"use strict";var mI=Sc();Ic.exports=mI});var _c=o((EF,Nc)=>{"use strict";var dI=Ci(),Ac=b(),qI=w(),gI=Mr();function yI(r,e){var t,i,a,s,n;if(s=dI(Ac(e)),s!==0&&r>1){for(i=qI(-e)/Ac(gI*e),i*=e,t=.5,i/=t,a=i,n=2;n<r;++n)i/=n-t,i*=e,a+=i;s+=a}return s}Nc.exports=yI});var Rr=o((wF,Ec)=>{"use strict";var hI=-708.3964185322641;Ec.exports=hI});var Rc=o((TF,Oc)=>{"use strict";var Wr=w(),rt=O(),SI=F(),wc=ir(),Tc=Rr();function II(r,e){var t,i;return i=r*SI(e),e>=1?i<wc&&-e>Tc?t=rt(e,r)*Wr(-e):r>=1?t=rt(e/Wr(e/r),r):t=Wr(i-e):i>Tc?t=rt(e,r)*Wr(-e):e/r<wc?t=rt(e/Wr(e/r),r):t=Wr(i-e),t}Oc.exports=II});var ki=o((OF,Pc)=>{"use strict";function AI(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}Pc.exports=AI});var Lc=o((RF,Fc)=>{"use strict";var NI=Function;Fc.exports=NI});var kc=o((PF,Cc)=>{"use strict";var _I=Lc();Cc.exports=_I});var Gc=o((FF,Dc)=>{"use strict";var EI=kc(),wI=ki();function TI(r){var e,t,i,a;if(r.length>500)return s;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,a=1;a<t;a++)e+="+x*",a<i&&(e+="("),e+=r[a];for(a=0;a<i-1;a++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new EI(e)();function s(n){return wI(r,n)}}Dc.exports=TI});var bc=o((LF,Mc)=>{"use strict";var OI=ur(),Hc=ki(),RI=Gc();OI(Hc,"factory",RI);Mc.exports=Hc});var Uc=o((CF,$c)=>{"use strict";function PI(r){var e=-r,t=-1,i=0;return a;function a(){return t*=e,i+=1,t/i}}$c.exports=PI});var Bc=o((kF,Wc)=>{"use strict";var FI=N(),LI=F(),CI=W(),kI=Ur(),DI=Uc();function GI(r){var e,t;return r<=-1?NaN:(t=FI(r),t>.95?LI(1+r)-r:t<CI?-r*r/2:(e={initialValue:-r},kI(DI(r),e)))}Wc.exports=GI});var Di=o((DF,Xc)=>{"use strict";var HI=Bc();Xc.exports=HI});var Qc=o((GF,Vc)=>{"use strict";var MI=6.283185307179586;Vc.exports=MI});var Zc=o((HF,Yc)=>{"use strict";function bI(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}Yc.exports=bI});var Kc=o((MF,Jc)=>{"use strict";function $I(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}Jc.exports=$I});var zc=o((bF,jc)=>{"use strict";function UI(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}jc.exports=UI});var rf=o(($F,xc)=>{"use strict";function WI(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}xc.exports=WI});var tf=o((UF,ef)=>{"use strict";function BI(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}ef.exports=BI});var sf=o((WF,af)=>{"use strict";function XI(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}af.exports=XI});var of=o((BF,nf)=>{"use strict";function VI(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}nf.exports=VI});var vf=o((XF,uf)=>{"use strict";function QI(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}uf.exports=QI});var ff=o((VF,cf)=>{"use strict";function YI(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}cf.exports=YI});var pf=o((QF,lf)=>{"use strict";var ZI=bc(),JI=Di(),KI=Ci(),Gi=b(),jI=w(),zI=Qc(),xI=Zc(),rA=Kc(),eA=zc(),tA=rf(),iA=tf(),aA=sf(),sA=of(),nA=vf(),oA=ff(),$=[0,0,0,0,0,0,0,0,0,0];function uA(r,e){var t,i,a,s,n;return i=(e-r)/r,a=-JI(i),s=r*a,n=Gi(2*a),e<r&&(n=-n),$[0]=xI(n),$[1]=rA(n),$[2]=eA(n),$[3]=tA(n),$[4]=iA(n),$[5]=aA(n),$[6]=sA(n),$[7]=nA(n),$[8]=oA(n),$[9]=-.0005967612901927463,t=ZI($,1/r),t*=jI(-s)/Gi(zI*r),e<r&&(t=-t),t+=KI(Gi(s))/2,t}lf.exports=uA});var df=o((YF,mf)=>{"use strict";function vA(r,e){var t=1,i=r,a=e;return s;function s(){var n=t;return i+=1,t*=a/i,n}}mf.exports=vA});var Hi=o((ZF,qf)=>{"use strict";var cA=Ur(),fA=df();function lA(r,e,t){var i,a;return t=t||0,a=fA(r,e),i=cA(a,{initialValue:t}),i}qf.exports=lA});var yf=o((JF,gf)=>{"use strict";function pA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}gf.exports=pA});var Sf=o((KF,hf)=>{"use strict";var mA=yf();hf.exports=mA});var ce=o((jF,If)=>{"use strict";var dA=Sf();If.exports=dA});var _f=o((zF,Nf)=>{"use strict";var qA=ce(),gA=ve(),yA=mr(),hA=Di(),SA=b(),IA=N(),dr=w(),fe=O(),Mi=rr(),bi=B(),Af=F(),AA=$e(),et=ir(),le=Rr(),$i=br(),NA=Tr();function _A(r,e){var t,i,a,s,n,u,v;return a=r+$i-.5,v=(e-r-$i+.5)/a,r<1?e<=le||r<1/AA?dr(r*Af(e)-e-gA(r)):fe(e,r)*dr(-e)/yA(r):(IA(v*v*r)<=100&&r>150?(t=r*hA(v)+e*(.5-$i)/a,t=dr(t)):(s=r*Af(e/a),n=r-e,bi(s,n)<=le||Mi(s,n)>=et?(i=n/r,bi(s,n)/2>le&&Mi(s,n)/2<et?(u=fe(e/a,r/2)*dr(n/2),t=u*u):bi(s,n)/4>le&&Mi(s,n)/4<et&&e>r?(u=fe(e/a,r/4)*dr(n/4),t=u*u,t*=t):i>le&&i<et?t=fe(e*dr(i)/a,r):t=dr(s+n)):t=fe(e/a,r)*dr(n)),t*=SA(a/NA)/qA(r),t)}Nf.exports=_A});var Tf=o((xF,wf)=>{"use strict";var Ui=I(),EA=Er(),Ef=N(),wA=ee(),TA=F(),OA=O(),RA=Dr();function PA(r,e){var t,i;if(Ui(r)||Ui(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((Ef(e*(r-1))<.5||Ef(e)<.2)&&(i=TA(r)*e,i<.5))return wA(i)}else if(RA(e)!==e)return NaN;return t=OA(r,e)-1,EA(t)||Ui(t)?NaN:t}wf.exports=PA});var Rf=o((rL,Of)=>{"use strict";var FA=Tf();Of.exports=FA});var Ff=o((eL,Pf)=>{"use strict";function LA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}Pf.exports=LA});var Cf=o((tL,Lf)=>{"use strict";function CA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}Lf.exports=CA});var Df=o((iL,kf)=>{"use strict";function kA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}kf.exports=kA});var Hf=o((aL,Gf)=>{"use strict";var Wi=F(),DA=W(),GA=Ff(),HA=Cf(),MA=Df(),bA=.15896368026733398,$A=.5281534194946289,UA=.45201730728149414;function WA(r,e,t){var i,a,s,n;if(r<DA)return-Wi(r);if(e===0||t===0)return 0;if(a=0,r>2){if(r>=3){do r-=1,t-=1,a+=Wi(r);while(r>=3);t=r-2}return s=t*(r+1),n=GA(t),a+=s*bA+s*n,a}return r<1&&(a+=-Wi(r),t=e,e=r,r+=1),r<=1.5?(s=HA(e),i=e*t,a+=i*$A+i*s,a):(s=t*e,n=MA(-t),a+=s*UA+s*n,a)}Gf.exports=WA});var Wf=o((sL,Uf)=>{"use strict";var Mf=mr(),bf=ee(),BA=z(),XA=I(),$f=Hf();function VA(r){return XA(r)?NaN:r<0?r<-.5?Mf(1+r)-1:bf(-BA(r)+$f(r+2,r+1,r)):r<2?bf($f(r+1,r,r-1)):Mf(1+r)-1}Uf.exports=VA});var Xf=o((nL,Bf)=>{"use strict";var QA=Wf();Bf.exports=QA});var Qf=o((oL,Vf)=>{"use strict";function YA(r,e){var t,i,a,s;return t=-e,e=-e,i=r+1,a=1,n;function n(){return s=t/i,t*=e,a+=1,t/=a,i+=1,s}}Vf.exports=YA});var Zf=o((uL,Yf)=>{"use strict";var ZA=Rf(),JA=Ur(),KA=Xf(),jA=Qf();function zA(r,e,t){var i,a,s,n,u;return a=KA(r),s=(a+1)/r,n=ZA(e,r),a-=n,a/=r,u=jA(r,e),n+=1,i=t?s:0,a=-n*JA(u,{initialValue:(i-a)/n}),t&&(a=-a),[a,s]}Yf.exports=zA});var Bi=o((vL,Jf)=>{"use strict";var xA=11754943508222875e-54;Jf.exports=xA});var jf=o((cL,Kf)=>{"use strict";var tt=N(),X=Bi(),rN=W(),eN=1e6;function tN(r,e,t){var i,a,s,n,u,v,f;if(i=typeof r.next=="function",f=i?r.next().value:r(),n=f[1],s=f[0],n===0&&(n=X),u=n,v=0,i===!0)do f=r.next().value,f&&(v=f[1]+f[0]*v,v===0&&(v=X),u=f[1]+f[0]/u,u===0&&(u=X),v=1/v,a=u*v,n*=a);while(tt(a-1)>e&&--t);else do f=r(),f&&(v=f[1]+f[0]*v,v===0&&(v=X),u=f[1]+f[0]/u,u===0&&(u=X),v=1/v,a=u*v,n*=a);while(f&&tt(a-1)>e&&--t);return s/n}function iN(r,e,t){var i,a,s,n,u,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),s=v[1],s===0&&(s=X),n=s,u=0,i===!0)do v=r.next().value,v&&(u=v[1]+v[0]*u,u===0&&(u=X),n=v[1]+v[0]/n,n===0&&(n=X),u=1/u,a=n*u,s*=a);while(v&&tt(a-1)>e&&--t);else do v=r(),v&&(u=v[1]+v[0]*u,u===0&&(u=X),n=v[1]+v[0]/n,n===0&&(n=X),u=1/u,a=n*u,s*=a);while(v&&tt(a-1)>e&&--t);return s}function aN(r,e){var t,i,a;return i={},arguments.length>1&&(i=e),t=i.maxIter||eN,a=i.tolerance||rN,i.keep?iN(r,a,t):tN(r,a,t)}Kf.exports=aN});var r4=o((fL,xf)=>{"use strict";var zf=N(),sN=W(),Br=Bi(),nN=1e6;function oN(r,e,t){var i,a,s,n,u,v;v=r(),u=v[1],a=v[0],u===0&&(u=Br),s=u,n=0;do v=r(),v&&(n=v[1]+v[0]*n,n===0&&(n=Br),s=v[1]+v[0]/s,s===0&&(s=Br),n=1/n,i=s*n,u*=i);while(v&&zf(i-1)>e&&--t);return a/u}function uN(r,e,t){var i,a,s,n,u;u=r(),n=u[1],n===0&&(n=Br),a=n,s=0;do u=r(),u&&(s=u[1]+u[0]*s,s===0&&(s=Br),a=u[1]+u[0]/a,a===0&&(a=Br),s=1/s,i=a*s,n*=i);while(u&&zf(i-1)>e&&--t);return n}function vN(r,e){var t,i,a;return i={},arguments.length>1&&(i=e),a=i.tolerance||sN,t=i.maxIter||nN,i.keep?uN(r,a,t):oN(r,a,t)}xf.exports=vN});var Vi=o((lL,e4)=>{"use strict";var cN=Fi(),fN=jf(),lN=r4(),Xi;cN()?Xi=fN:Xi=lN;e4.exports=Xi});var i4=o((pL,t4)=>{"use strict";function pN(r,e){var t=e-r+1,i=r,a=0;return s;function s(){return a+=1,t+=2,[a*(i-a),t]}}t4.exports=pN});var Qi=o((mL,a4)=>{"use strict";var mN=Vi(),dN=i4();function qN(r,e){var t=dN(r,e);return 1/(e-r+1+mN(t))}a4.exports=qN});var u4=o((dL,o4)=>{"use strict";var gN=R(),pe=mr(),Yi=N(),s4=O(),yN=F(),hN=H6(),n4=$e(),SN=ir(),IN=z6(),AN=rc(),NN=_c(),Zi=Rc(),_N=pf(),EN=Hi(),Ji=_f(),wN=Zf(),TN=Qi();function ON(r,e,t,i){var a,s,n,u,v,f,c,l,m,p,g,d,h,q;switch(c=0,l=i,f=e<30&&e<=r+1&&r<SN,f?(h=gN(e),m=h===e,n=m?!1:Yi(h-e)===.5):(m=!1,n=!1),m&&r>.6?(l=!l,s=0):n&&r>.2?(l=!l,s=1):r<hN&&e>1?s=6:r>1e3&&(e<r||Yi(e-50)/r<1)?(l=!l,s=7):r<.5?-.4/yN(r)<e?s=2:s=3:r<1.1?r*.75<e?s=2:s=3:(v=!1,t&&e>20&&(p=Yi((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?s=5:r-1/(3*r)<e?s=2:(s=4,l=!l)),s){case 0:c=AN(e,r),t===!1&&(c*=pe(e));break;case 1:c=NN(e,r),t===!1&&(c*=pe(e));break;case 2:c=t?Ji(e,r):Zi(e,r),c!==0&&(u=0,a=!1,l&&(u=t?1:pe(e),t||c>=1||n4*c>u?(u/=c,t||e<1||n4/e>u?(u*=-e,a=!0):u=0):u=0),c*=EN(e,r,u)/e,a&&(l=!1,c=-c));break;case 3:l=!l,g=wN(e,r,l),c=g[0],q=g[1],l=!1,t&&(c/=q);break;case 4:c=t?Ji(e,r):Zi(e,r),c!==0&&(c*=TN(e,r));break;case 5:c=_N(e,r),r>=e&&(l=!l);break;case 6:c=t?s4(r,e)/pe(e+1):s4(r,e)/e,c*=1-e*r/(e+1);break;case 7:c=t?Ji(e,r):Zi(e,r),c/=r,c!==0&&(c*=IN(e,r));break}return t&&c>1&&(c=1),l&&(d=t?1:pe(e),c=d-c),c}o4.exports=ON});var l4=o((qL,f4)=>{"use strict";var RN=ve(),PN=w(),V=F(),FN=wi(),LN=ir(),CN=A(),kN=ne(),v4=u4(),c4=Hi(),DN=Qi();function GN(r,e,t,i){var a,s,n,u;return r<0||e<=0?NaN:(a=t===void 0?!0:t,n=i,e>=kN&&!a?(n&&e*4<r?(u=e*V(r)-r,u+=V(DN(e,r))):!n&&e>4*r?(u=e*V(r)-r,s=0,u+=V(c4(e,r,s)/e)):(u=v4(r,e,!0,n),u===0?n?(u=1+1/(12*e)+1/(288*e*e),u=V(u)-e+(e-.5)*V(e),u+=V(FN)):(u=e*V(r)-r,s=0,u+=V(c4(e,r,s)/e)):u=V(u)+RN(e)),u>LN?CN:PN(u)):v4(r,e,a,n))}f4.exports=GN});var m4=o((gL,p4)=>{"use strict";var HN=l4();p4.exports=HN});var y4=o((yL,g4)=>{"use strict";var Xr=w(),it=O(),MN=F(),d4=ir(),q4=Rr();function bN(r,e){var t,i;return i=r*MN(e),e>=1?i<d4&&-e>q4?t=it(e,r)*Xr(-e):r>=1?t=it(e/Xr(e/r),r):t=Xr(i-e):i>q4?t=it(e,r)*Xr(-e):e/r<d4?t=it(e/Xr(e/r),r):t=Xr(i-e),t}g4.exports=bN});var I4=o((hL,S4)=>{"use strict";var $N=ce(),UN=ve(),WN=mr(),BN=z(),XN=b(),VN=N(),qr=w(),me=O(),Ki=rr(),ji=B(),h4=F(),at=ir(),de=Rr(),zi=br(),QN=Tr();function YN(r,e){var t,i,a,s,n,u,v;return a=r+zi-.5,v=(e-r-zi+.5)/a,r<1?e<=de?qr(r*h4(e)-e-UN(r)):me(e,r)*qr(-e)/WN(r):(VN(v*v*r)<=100&&r>150?(t=r*(BN(v)-v)+e*(.5-zi)/a,t=qr(t)):(s=r*h4(e/a),n=r-e,ji(s,n)<=de||Ki(s,n)>=at?(i=n/r,ji(s,n)/2>de&&Ki(s,n)/2<at?(u=me(e/a,r/2)*qr(n/2),t=u*u):ji(s,n)/4>de&&Ki(s,n)/4<at&&e>r?(u=me(e/a,r/4)*qr(n/4),t=u*u,t*=t):i>de&&i<at?t=me(e*qr(i)/a,r):t=qr(s+n)):t=me(e/a,r)*qr(n)),t*=XN(a/QN)/$N(r),t)}S4.exports=YN});var w4=o((SL,E4)=>{"use strict";var ZN=V3(),A4=Ti(),JN=m4(),KN=z(),st=N(),N4=O(),jN=F(),zN=Gr(),_4=W(),xN=y4(),r_=I4(),gr=new Array(30);function e_(r,e,t,i,a,s,n){var u,v,f,c,l,m,p,g,d,h,q,S,y,k,_,H,M,L;if(m=e-1,M=r+m/2,i<.35?h=KN(-i):h=jN(t),L=-M*h,S=r_(e,L),S<=zN)return a;for(n?(u=S/ZN(r,e),u/=N4(M,e)):u=xN(e,L)/N4(M,e),u*=s,gr[0]=1,y=JN(L,e,!0,!0),y/=S,c=a+u*y,f=1,p=h/2,p*=p,g=1,q=4*M*M,l=e,_=1;_<gr.length;++_){for(f+=2,gr[_]=0,d=e-_,v=3,k=1;k<_;++k)d=k*e-_,gr[_]+=d*gr[_-k]/A4(v),v+=2;if(gr[_]/=_,gr[_]+=m/A4(f),y=(l*(l+1)*y+(L+l+1)*g)/q,g*=p,l+=2,H=u*gr[_]*y,c+=H,H>1){if(st(H)<st(_4*c))break}else if(st(H/_4)<st(c))break}return c}E4.exports=e_});var O4=o((IL,T4)=>{"use strict";function t_(r,e,t){var i,a;if(t===0)return 1;for(i=1,a=0;a<t;a++)i*=(r+a)/(e+a);return i}T4.exports=t_});var F4=o((AL,P4)=>{"use strict";var R4=N(),i_=rr();function a_(r,e){return i_(R4(r),R4(e))}P4.exports=a_});var C4=o((NL,L4)=>{"use strict";var s_=F4();L4.exports=s_});var G4=o((_L,D4)=>{"use strict";var k4=N(),n_=B();function o_(r,e){return n_(k4(r),k4(e))}D4.exports=o_});var M4=o((EL,H4)=>{"use strict";var u_=G4();H4.exports=u_});var ot=o((wL,U4)=>{"use strict";var xi=ce(),v_=C4(),c_=M4(),b4=ee(),yr=z(),$4=b(),nt=N(),Q=w(),Y=O(),f_=B(),D=F(),Z=ir(),Vr=Rr(),r0=br(),l_=Tr();function p_(r,e,t,i,a){var s,n,u,v,f,c,l,m,p,g,d,h,q,S;if(!a)return Y(t,r)*Y(i,e);if(q=r+e,v=r+r0-.5,f=e+r0-.5,c=q+r0-.5,s=xi(q),s/=xi(r)*xi(e),s*=$4(f/l_),s*=$4(v/c),l=(t*e-i*v)/v,m=(i*r-t*f)/f,c_(l,m)<.2)if(l*m>0||f_(r,e)<1)nt(l)<.1?s*=Q(r*yr(l)):s*=Y(t*c/v,r),nt(m)<.1?s*=Q(e*yr(m)):s*=Y(i*c/f,e);else if(v_(l,m)<.5)n=r<e,u=e/r,n&&u*m<.1||!n&&l/u>.1?(p=b4(u*yr(m)),p=l+p+p*l,p=r*yr(p),s*=Q(p)):(p=b4(yr(l)/u),p=m+p+p*m,p=e*yr(p),s*=Q(p));else if(nt(l)<nt(m))if(S=r*yr(l)+e*D(i*c/f),S<=Vr||S>=Z){if(S+=D(s),S>=Z)return NaN;s=Q(S)}else s*=Q(S);else if(S=e*yr(m)+r*D(t*c/v),S<=Vr||S>=Z){if(S+=D(s),S>=Z)return NaN;s=Q(S)}else s*=Q(S);else if(d=t*c/v,h=i*c/f,l=r*D(d),m=e*D(h),l>=Z||l<=Vr||m>=Z||m<=Vr)if(r<e)if(g=Y(h,e/r),p=r*(D(d)+D(g)),p<Z&&p>Vr)s*=Y(g*d,r);else{if(m+=l+D(s),m>=Z)return NaN;s=Q(m)}else if(g=Y(d,r/e),p=(D(g)+D(h))*e,p<Z&&p>Vr)s*=Y(g*h,e);else{if(m+=l+D(s),m>=Z)return NaN;s=Q(m)}else s*=Y(d,r)*Y(h,e);return s}U4.exports=p_});var B4=o((TL,W4)=>{"use strict";var m_=Vi(),d_=ot(),q_={keep:!0,maxIter:1e3};function g_(r,e,t,i){var a=0;return s;function s(){var n,u,v;return u=(r+a-1)*(r+e+a-1)*a*(e-a)*t*t,n=r+2*a-1,u/=n*n,v=a,v+=a*(e-a)*t/(r+2*a-1),v+=(r+a)*(r*i-e*t+1+a*(2-t))/(r+2*a+1),a+=1,[u,v]}}function y_(r,e,t,i,a,s){var n,u,v;return n=d_(r,e,t,i,a),s&&(s[1]=n),n===0?n:(v=g_(r,e,t,i),u=m_(v,q_),n/u)}W4.exports=y_});var V4=o((OL,X4)=>{"use strict";var h_=9007199254740991;X4.exports=h_});var Y4=o((RL,Q4)=>{"use strict";function S_(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}Q4.exports=S_});var J4=o((PL,Z4)=>{"use strict";function I_(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}Z4.exports=I_});var tl=o((FL,el)=>{"use strict";var K4=I(),j4=wr(),z4=A(),x4=P(),rl=gi(),A_=Y4(),N_=J4();function __(r,e){return K4(r)||K4(e)?NaN:r===z4||e===z4||r===x4||e===x4?NaN:j4(r)&&j4(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=rl&&e<=rl?A_(r,e):N_(r,e)):NaN}el.exports=__});var al=o((LL,il)=>{"use strict";var E_=tl();il.exports=E_});var ul=o((CL,ol)=>{"use strict";var w_=V4(),T_=A(),sl=wr(),nl=I(),O_=De(),R_=R(),P_=al();function e0(r,e){var t,i,a,s,n,u,v;if(nl(r)||nl(e))return NaN;if(!sl(r)||!sl(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,O_(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=R_(w_/r),t=1,n=1;n<=e&&!(t>v);n++)t*=r,t/=n,r-=1;return n>e?i*t:(a=e0(r,e-n+1),a===T_?i*a:(s=e0(e,e-n+1),u=P_(a,s),a/=u,s/=u,t/=s,i*t*a))}ol.exports=e0});var cl=o((kL,vl)=>{"use strict";var F_=ul();vl.exports=F_});var pl=o((DL,ll)=>{"use strict";var fl=cl(),Pr=R(),qe=O(),L_=Gr();function C_(r,e,t,i){var a,s,n,u,v;if(s=qe(t,r),s>L_)for(u=s,v=Pr(r-1);v>e;v--)u*=(v+1)*i/((r-v)*t),s+=u;else if(n=Pr(r*t),n<=e+1&&(n=Pr(e+2)),s=qe(t,n)*qe(i,r-n),s*=fl(Pr(r),Pr(n)),s===0)for(v=n-1;v>e;v--)s+=qe(t,v)*qe(i,r-v),s*=fl(Pr(r),Pr(v));else{for(u=s,a=s,v=n-1;v>e;v--)u*=(v+1)*i/((r-v)*t),s+=u;for(u=a,v=n+1;v<=r;v++)u*=(r-v+1)*t/(v*i),s+=u}return s}ll.exports=C_});var dl=o((GL,ml)=>{"use strict";var k_=ot();function D_(r,e,t,i,a,s,n){var u,v,f,c;if(u=k_(r,e,t,i,s),n&&(n[1]=u),u/=r,u===0)return u;for(f=1,v=1,c=0;c<a-1;++c)v*=(r+e+c)*t/(r+c+1),f+=v;return u*=f,u}ml.exports=D_});var Sl=o((HL,hl)=>{"use strict";var t0=ce(),G_=Ur(),H_=z(),M_=b(),i0=w(),ut=O(),ge=F(),b_=Gr(),ql=ir(),gl=Rr(),a0=br(),$_=Tr(),yl={maxTerms:100};function U_(r,e,t,i){var a=1-e,s=1;return n;function n(){var u=i/r;return r+=1,i*=a*t/s,s+=1,a+=1,u}}function W_(r,e,t,i,a,s,n){var u,v,f,c,l,m,p,g;return a?(p=r+e,v=r+a0-.5,f=e+a0-.5,c=p+a0-.5,u=t0(p)/(t0(r)*t0(e)),l=ge(c/f)*(e-.5),m=ge(t*c/v)*r,l>gl&&l<ql&&m>gl&&m<ql?(r*e<f*10?u*=i0((e-.5)*H_(r/f)):u*=ut(c/f,e-.5),u*=ut(t*c/v,r),u*=M_(v/$_),s&&(s[1]=u*ut(n,e))):(u=ge(u)+l+m+(ge(v)-1)/2,s&&(s[1]=i0(u+e*ge(n))),u=i0(u))):u=ut(t,r),u<b_?i:(g=U_(r,e,t,u),yl.initialValue=i,G_(g,yl))}hl.exports=W_});var o0=o((ML,Tl)=>{"use strict";var B_=I(),X_=ee(),vt=R(),Il=z(),Al=lu(),G=H2(),s0=b(),V_=w(),ye=O(),Q_=rr(),Nl=B(),ct=$e(),_l=Gr(),Y_=gi(),Z_=tv(),wl=Mr(),hr=w4(),n0=O4(),J_=ot(),El=B4(),K_=pl(),he=dl(),J=Sl(),j_=1/wl;function z_(r,e,t,i,a,s,n,u){var v,f,c,l,m,p,g,d,h,q,S,y;if(y=1-r,g=u,d=u+n,s[d]=-1,B_(r)||r<0||r>1)return s[g]=NaN,s[d]=NaN,s;if(i){if(e<0||t<0)return s[g]=NaN,s[d]=NaN,s;if(e===0){if(t===0)return s[g]=NaN,s[d]=NaN,s;if(t>0)return s[g]=a?0:1,s}else if(t===0&&e>0)return s[g]=a?1:0,s}else if(e<=0||t<=0)return s[g]=NaN,s[d]=NaN,s;return r===0?(e===1?s[d]=1:s[d]=e<1?ct/2:_l*2,a?(s[g]=i?1:G(e,t),s):(s[g]=0,s)):r===1?(t===1?s[d]=1:s[d]=t<1?ct/2:_l*2,a?s[g]=0:s[g]=i?1:G(e,t),s):e===.5&&t===.5?(s[d]=j_*s0(y*r),S=Al(s0(a?y:r)),S/=Z_,i||(S*=wl),s[g]=S,s):(e===1&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),t===1?e===1?(s[g]=a?y:r,s[d]=1,s):(s[d]=e*ye(r,e-1),y<.5?S=a?-X_(e*Il(-y)):V_(e*Il(-y)):S=a?-(ye(r,e)-1):ye(r,e),i||(S/=e),s[g]=S,s):(Nl(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),Q_(e,t)<=1?e>=Nl(.2,t)||ye(r,e)<=.9?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(p=t,t=e,e=p,p=y,y=r,r=p,a=!a,y>=.3?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(i?f=1:f=n0(e+t,e,20),c=he(e,t,r,y,20,i,s),a?(c-=i?1:G(e,t),a=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i))):t<=1||r<.1&&ye(t*r,e)<=.7?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):(p=t,t=e,e=p,p=y,y=r,r=p,a=!a,y>=.3?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):e>=15?a?(c=-(i?1:G(e,t)),a=!1,c=-hr(e,t,r,y,c,1,i)):c=hr(e,t,r,y,0,1,i):(i?f=1:f=n0(e+t,e,20),c=he(e,t,r,y,20,i,s),a?(c-=i?1:G(e,t),a=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*y-t,v<0&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),t<40?vt(e)===e&&vt(t)===t&&e<Y_-100?(h=e-1,q=t+h,c=K_(q,h,r,y),i||(c*=G(e,t))):t*r<=.7?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,s,y)):c=J(e,t,r,0,i,s,y):e>15?(q=vt(t),q===t&&(q-=1),l=t-q,i?f=1:f=n0(e+l,l,q),c=he(l,e,y,r,q,i),c=hr(e,l,r,y,c,1,i),c/=f):i?(q=vt(t),l=t-q,l<=0&&(q-=1,l+=1),c=he(l,e,y,r,q,i),c+=he(e,l,r,y,20,i),a&&(c-=1),c=hr(e+20,l,r,y,c,1,i),a&&(c=-c,a=!1)):c=El(e,t,r,y,i,s):c=El(e,t,r,y,i,s)),s[d]<0&&(s[d]=J_(e,t,r,y,!0)),m=y*r,s[d]!==0&&(ct*m<s[d]?s[d]=ct/2:s[d]/=m),s[g]=a?(i?1:G(e,t))-c:c,s))}Tl.exports=z_});var Rl=o((bL,Ol)=>{"use strict";var x_=o0();function rE(r,e,t,i,a){return x_(r,e,t,i,a,[0,0],1,0)}Ol.exports=rE});var Ll=o(($L,Fl)=>{"use strict";var eE=ur(),Pl=Rl(),tE=o0();eE(Pl,"assign",tE);Fl.exports=Pl});var kl=o((UL,Cl)=>{"use strict";var iE=Ll().assign;function aE(r,e,t,i,a){var s=[0,0];return i=i!==!1,a=a===!0,iE(r,e,t,i,a,s,1,0),s[0]}Cl.exports=aE});var u0=o((WL,Dl)=>{"use strict";var sE=kl();Dl.exports=sE});var Hl=o((BL,Gl)=>{"use strict";var nE=Ar(),oE=u0(),v0=I(),uE=R(),vE=A();function cE(r,e,t){return v0(r)||v0(e)||v0(t)||t<0||t>1||!nE(e)||e===vE?NaN:r<0?0:r>=e?1:(r=uE(r+1e-7),oE(t,r+1,e-r,!0,!0))}Gl.exports=cE});var bl=o((XL,Ml)=>{"use strict";function fE(r){return e;function e(){return r}}Ml.exports=fE});var ft=o((VL,$l)=>{"use strict";var lE=bl();$l.exports=lE});var Wl=o((QL,Ul)=>{"use strict";var pE=Ar(),mE=ft(),dE=u0(),c0=I(),qE=R(),gE=A();function yE(r,e){if(c0(r)||c0(e)||e<0||e>1||!pE(r)||r===gE)return mE(NaN);return t;function t(i){return c0(i)?NaN:i<0?0:i>=r?1:(i=qE(i+1e-7),dE(e,i+1,r-i,!0,!0))}}Ul.exports=yE});var Vl=o((YL,Xl)=>{"use strict";var hE=ur(),Bl=Hl(),SE=Wl();hE(Bl,"factory",SE);Xl.exports=Bl});var Yl=o((ZL,Ql)=>{"use strict";var IE=R();function AE(r){return IE(r)===r&&r<0}Ql.exports=AE});var Jl=o((JL,Zl)=>{"use strict";var NE=Yl();Zl.exports=NE});var jl=o((KL,Kl)=>{"use strict";var _E=Jl(),EE=ve();function wE(r){return _E(r)?NaN:EE(r+1)}Kl.exports=wE});var f0=o((jL,zl)=>{"use strict";var TE=jl();zl.exports=TE});var e5=o((zL,r5)=>{"use strict";var lt=Ar(),pt=I(),OE=w(),ar=f0(),RE=rr(),PE=B(),xl=A();function FE(r,e,t,i){var a,s,n,u,v;return pt(r)||pt(e)||pt(t)||pt(i)||!lt(e)||!lt(t)||!lt(i)||e===xl||t===xl||t>e||i>e?NaN:(v=RE(0,i+t-e),u=PE(t,i),lt(r)&&v<=r&&r<=u?(s=ar(i)+ar(t)+ar(e-i)+ar(e-t),a=ar(e)+ar(r)+ar(i-r),a+=ar(t-r)+ar(e-t+r-i),n=s-a,OE(n)):0)}r5.exports=FE});var a5=o((xL,i5)=>{"use strict";var mt=Ar(),dt=I(),LE=ft(),CE=w(),sr=f0(),kE=rr(),DE=B(),t5=A();function GE(r,e,t){var i,a;if(dt(r)||dt(e)||dt(t)||!mt(r)||!mt(e)||!mt(t)||r===t5||e===t5||e>r||t>r)return LE(NaN);return a=kE(0,t+e-r),i=DE(e,t),s;function s(n){var u,v,f;return dt(n)?NaN:mt(n)&&a<=n&&n<=i?(v=sr(t)+sr(e)+sr(r-t)+sr(r-e),u=sr(r)+sr(n)+sr(t-n),u+=sr(e-n)+sr(r-e+n-t),f=v-u,CE(f)):0}}i5.exports=GE});var l0=o((rC,n5)=>{"use strict";var HE=ur(),s5=e5(),ME=a5();HE(s5,"factory",ME);n5.exports=s5});var p0=o((eC,o5)=>{"use strict";function bE(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}o5.exports=bE});var f5=o((tC,c5)=>{"use strict";var m0=Ar(),qt=I(),$E=Dr(),UE=rr(),u5=B(),WE=l0(),v5=A(),BE=j(),XE=p0();function VE(r,e,t,i){var a,s,n,u,v;if(qt(r)||qt(e)||qt(t)||qt(i)||!m0(e)||!m0(t)||!m0(i)||e===v5||t===v5||t>e||i>e)return NaN;if(r=$E(r),r<UE(0,i+t-e))return 0;if(r>=u5(i,t))return 1;for(s=new BE(r+1),s[r]=WE(r,e,t,i),v=r-1;v>=0;v--)n=(v+1)*(e-t-(i-v-1)),a=(t-v)*(i-v),s[v]=n/a*s[v+1];return u=XE(s),u5(u,1)}c5.exports=VE});var d5=o((iC,m5)=>{"use strict";var d0=Ar(),gt=I(),QE=ft(),YE=Dr(),ZE=rr(),l5=B(),JE=l0(),p5=A(),KE=j(),jE=p0();function zE(r,e,t){if(gt(r)||gt(e)||gt(t)||!d0(r)||!d0(e)||!d0(t)||r===p5||e===p5||e>r||t>r)return QE(NaN);return i;function i(a){var s,n,u,v,f;if(gt(a))return NaN;if(a=YE(a),a<ZE(0,t+e-r))return 0;if(a>=l5(t,e))return 1;for(n=new KE(a+1),n[a]=JE(a,r,e,t),f=a-1;f>=0;f--)u=(f+1)*(r-e-(t-f-1)),s=(e-f)*(t-f),n[f]=u/s*n[f+1];return v=jE(n),l5(v,1)}}m5.exports=zE});var y5=o((aC,g5)=>{"use strict";var xE=ur(),q5=f5(),rw=d5();xE(q5,"factory",rw);g5.exports=q5});var Kr=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],_e=r=>Kr.indexOf(r),L5=_e("POST_TEST_TRAFFIC_SHIFT"),jr=_e("PRE_PRODUCTION_TRAFFIC_SHIFT"),j0=_e("CLEAN_UP"),Lr=["SUCCESSFUL","STOPPED","ROLLBACK_SUCCESSFUL","ROLLBACK_FAILED"],C5=["ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS","STOP_REQUESTED"],_t=["PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"];function k5(r,e,t){if(t!=="IN_PROGRESS"&&t!=="SUCCESSFUL")return[];let i=r===void 0||r==="RECONCILE_SERVICE"?-1:_t.indexOf(r),a=_t.indexOf(e);return a<0||i<0&&r!==void 0&&r!=="RECONCILE_SERVICE"||a<=i?[]:_t.slice(i+1,a)}async function x0(r,e){let t=r.verify.every(u=>u.length===0),i,a=new Set(r.answered),s=r.clock.now(),n=await Fr(async()=>{let u=await r.ecs.describeServiceDeployment(r.arn,r.signal);if(!u)throw new Error(`ECS does not know service deployment ${r.arn}`);let v=u.lifecycleStage??"PENDING",f=u.status??"PENDING",c=!1;if(u.lifecycleStage&&e.at(-1)?.stage!==v){for(let d of k5(e.at(-1)?.stage,v,f))e.push({stage:d,at:r.clock.now(),between:!0}),r.timeline.note("stage",`${d} (passed between two looks)`);e.push({stage:v,at:r.clock.now()}),await r.onStage?.(v,u),c=!0}c=r.timeline.observe("stage",`${v} (${f})`)||c;let l=u.targetServiceRevision?.requestedProductionTrafficWeight;if(l!==void 0&&l!==i&&(i=l,r.onWeight?.(l)),c=r.timeline.observe("traffic",H5(u))||c,Lr.includes(f)||C5.includes(f)){if(f==="SUCCESSFUL"){let d=Se(r.clock.now()-s);return U({ok:!0,deployment:u,reason:`ECS completed ${E(r.arn)} in ${d}`})}return Lr.includes(f)?U({ok:!1,cause:"ecs",deployment:u,reason:G5(u)}):Sr(c)}let m=_e(v),p={...r.gateContext,signal:r.signal??new AbortController().signal};if(!t&&m>=L5&&m<j0){for(let d of r.verify.filter(h=>h.length>0)){let h=await z0(d,p,"verify",r);if(h)return U({ok:!1,cause:"gate",stage:v,...h})}t=!0,c=!0}if(m>=jr&&m<j0&&r.watch.length>0){let d=await z0(r.watch,p,v,r);if(d)return U({ok:!1,cause:"gate",stage:v,...d})}let g=D5(u,a);if(g&&r.onPause){let d={hookId:g,stage:v,verified:t};if(r.timeline.note("hook",`ECS holds the deployment at a PAUSE hook during ${v}`),await r.onPause(d)==="hold")return U({ok:!0,deployment:u,reason:`held at ${v}`,paused:d});a.add(g),c=!0}return Sr(c)},{clock:r.clock,intervalMs:r.intervalMs,maxIntervalMs:r.intervalMs,deadline:r.deadline,signal:r.signal,onError:u=>r.timeline.note("error",`${u.message} (will retry)`)});return n.done?n.value:{ok:!1,cause:"timeout",reason:`service deployment ${E(r.arn)} not done within wait-timeout (plus the bake and step times ECS takes): ${r.timeline.latest(["stage","traffic"])}`}}async function z0(r,e,t,i){let a=await E0(r,e);i.onReports?.(t,a);for(let n of a)i.timeline.observe(n.gate,n.observed);let s=a.find(n=>n.state==="failed")??a.find(n=>n.state!=="passed");return s?{gate:s.gate,reason:s.observed}:void 0}function D5(r,e){return r.lifecycleHookDetails?.find(t=>t.targetType==="PAUSE"&&t.status==="AWAITING_ACTION"&&t.hookId&&!e.has(t.hookId))?.hookId}function G5(r){let e=E(r.serviceDeploymentArn),t=r.statusReason?`: ${r.statusReason}`:"",i=r.rollback?.reason?` (rollback: ${r.rollback.reason})`:"";return`ECS ended service deployment ${e} with ${r.status}${t}${i}`}function H5(r){let e=r.targetServiceRevision,t=r.sourceServiceRevisions??[],i=u=>t.reduce((v,f)=>v+(f[u]??0),0),a=`production ${e?.requestedProductionTrafficWeight??0}% new / ${i("requestedProductionTrafficWeight")}% old`,s=`test ${e?.requestedTestTrafficWeight??0}% new`,n=`${e?.runningTaskCount??0}/${e?.requestedTaskCount??0} new tasks running`;return`${a}, ${s}, ${n}`}function E(r){return r?.split("/").pop()??"?"}var Et={BLUE_GREEN:"blue-green",LINEAR:"canary",CANARY:"canary"};function Ee(r){if((r.deploymentController?.type??"ECS")!=="ECS")return;let e=r.deploymentConfiguration?.strategy??"ROLLING";return e in Et?e:void 0}function we(r){for(let e of r.loadBalancers??[]){let t=e.advancedConfiguration;if(!(!t?.productionListenerRule||!t.alternateTargetGroupArn||!e.targetGroupArn))return{loadBalancer:e,productionListenerRule:t.productionListenerRule,testListenerRule:t.testListenerRule,targetGroups:[e.targetGroupArn,t.alternateTargetGroupArn]}}}async function ra(r,e,t,i){let[a]=await At(r,e,[{name:t,input:"service"}]),s=Ee(a),n=v=>new nr(`Invalid input service: service ${K(t)} ${v}`);if(!s){let v=a.deploymentController?.type??"ECS",f=v==="ECS"?`uses the ECS ${a.deploymentConfiguration?.strategy??"ROLLING"} deployment strategy`:`uses the ${v} deployment controller`;throw n(`${f}; ${i} with a single service needs the ECS ${i==="canary"?"LINEAR or CANARY":"BLUE_GREEN"} strategy (for a pair of services, give blue-service, green-service and listener-rule)`)}if(i!=="rolling"&&Et[s]!==i)throw n(`uses the ECS ${s} deployment strategy, which the ${Et[s]} action runs`);let u=we(a);if(!u)throw n(`uses the ECS ${s} strategy but no load balancer with advancedConfiguration (alternateTargetGroupArn, productionListenerRule)`);return C0(a,"service",!1),{service:a,strategy:s,routing:u}}async function ea(r,e,t){let[i]=await At(r.ecs,e,[{name:t,input:"service"}]),a=Ee(i)?we(i):void 0;if(!a)return;let s=a.productionListenerRule;return{subject:`service ${i.serviceName??t}`,key:i.serviceArn??t,listenerArn:A0(s)?s:N0(s)}}var Te=(r,e)=>new nr(`Invalid input ${r}: ${e}`);function ta(r,e){let t=s=>{let n=Kr.indexOf(s);return n>0&&n<=jr};if(!(e.deploymentConfiguration?.lifecycleHooks??[]).some(s=>s.targetType==="PAUSE"&&s.lifecycleStages?.some(t)))throw Te("mode",`deploy with service needs a PAUSE lifecycle hook before production traffic moves (e.g. at POST_TEST_TRAFFIC_SHIFT) in the deploymentConfiguration of service ${K(r.service)}: ECS holds a service deployment nowhere else`)}async function ia(r,e,t){let i=K(r.service);if(!t)throw Te("mode",`${r.mode}: no service deployment of ${i} is in flight`);if(r.mode!=="promote")return;let a=t.brief.serviceDeploymentArn,s=await e.describeServiceDeployment(a),n=s?.lifecycleHookDetails?.find(v=>v.targetType==="PAUSE"&&v.status==="AWAITING_ACTION");if(!n?.hookId)throw Te("mode",`promote: service deployment ${E(a)} of ${i} is ${s?.status??"?"} at ${s?.lifecycleStage??"?"}, not held at a PAUSE hook`);let u=r.expectedTaskDefinitionArn;if(u&&!(t.taskDefinition&&T0(t.taskDefinition,u)))throw Te("task-definition-arn",`the paused service deployment ${E(a)} deploys ${t.taskDefinition??"an unknown version"}, not ${u}`);return n.hookId}var M5=["PENDING","IN_PROGRESS","STOP_REQUESTED","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"];async function Oe(r,e){let{cluster:t}=r,{service:i,strategy:a,routing:s}=await ra(e.ecs,t,r.service,r.action),n=k0(i);if((r.desiredCount??n.desiredCount)<1)throw new nr(`Invalid input desired-count: service ${K(r.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`);let u=await b5(e.ecs,t,n.arn),v=r.mode==="promote"||r.mode==="abort",f=v?await ia(r,e.ecs,u):void 0;if(r.mode==="deploy"&&ta(r,n),!v&&!r.taskDefinition)throw new Error(`mode ${r.mode} needs a task definition`);let c=v||!r.taskDefinition?{arn:u?.taskDefinition??n.taskDefinition}:await G0(r.taskDefinition,n.taskDefinition,e.ecs,r.allowFamilyChange),l=await e.rules.describeRule(s.productionListenerRule);if(!l)throw new nr(`Invalid input service: the production listener rule ${s.productionListenerRule} of service ${K(r.service)} was not found`);if(u&&!v&&!("arn"in c&&u.taskDefinition===c.arn))throw new nr(`Invalid input service: service deployment ${E(u.brief.serviceDeploymentArn)} of ${K(r.service)} is ${u.brief.status} (deploying ${u.taskDefinition}); wait for it to end, or run rollback`);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");return await I0(e.cloudwatch,r.alarms),{service:n,strategy:a,routing:s,version:c,weights:Ie(l),inFlight:u?.brief,pausedHook:f}}async function b5(r,e,t){let a=(await r.listServiceDeployments(e,t,{status:[...M5]})).find(n=>!Lr.includes(n.status??""));if(!a)return;let s=a.targetServiceRevisionArn?await r.describeServiceRevision(a.targetServiceRevisionArn):void 0;return{brief:a,taskDefinition:s?.taskDefinition}}function aa(r){let e=r.service.deploymentConfiguration,t=e?.linearConfiguration,i=t?Math.ceil(100/(t.stepPercent??10))*(t.stepBakeTimeInMinutes??6):0,a=e?.canaryConfiguration?.canaryBakeTimeInMinutes??0;return((e?.bakeTimeInMinutes??0)+i+a)*6e4}async function Re(r,e){let{rollout:t,options:i,plan:a,context:s}=r,n=await r.ports.rules.describeRule(a.routing.productionListenerRule).catch(()=>{}),u=n?Ie(n):[],[v,f]=a.routing.targetGroups,c=sa(u);return{action:i.action,mode:i.mode,...e,startedAt:new Date(t.startedAt).toISOString(),finishedAt:new Date(s.clock.now()).toISOString(),durations:t.durations,cluster:i.cluster,service:a.service.name,strategy:a.strategy,serviceDeploymentArn:r.arn,deploymentId:r.deploymentId,stages:r.seen.map(({stage:l,at:m,between:p})=>({stage:l,atSeconds:b0(m-t.startedAt),...p?{between:p}:{}})),liveColor:wt(c),idleColor:wt(c===void 0?void 0:c===v?f:v),previousColor:wt(sa(a.weights)),weight:r.weight,taskDefinitionArn:r.taskDefinitionArn,previousTaskDefinitionArn:a.service.taskDefinition,analysis:r.analysis?.steps,run:i.run}}function sa(r){return[...r].sort((e,t)=>t.weight-e.weight).find(e=>e.weight>0)?.targetGroupArn}var wt=r=>r?w0(r):void 0;async function na(r){let{rollout:e,plan:t,ports:i,options:a}=r;r.arn=t.inFlight?.serviceDeploymentArn;let s="arn"in t.version?t.version.arn:r.taskDefinitionArn,n=await e.run([{name:"rollback",run:async()=>{let v={reason:"rollback asked",cause:"error"},f=await r.stop(v,{stop:!1,cancelled:!1}),c=`stopped service deployment ${E(r.arn)} with ROLLBACK${f.said}`;if(!f.restored)throw new Error(c);e.say(c);let l=await i.ecs.describeService(a.cluster,t.service.arn);r.taskDefinitionArn=l?.taskDefinition??r.taskDefinitionArn}}]);return{report:await Re(r,n),timeline:e.timeline,gates:e.gates,rolledBackFrom:s}}var h5=y0(Vl(),1),S5=y0(y5(),1);function q0(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return A5(1-(0,S5.default)(r.hits-1,t,i,r.total))}function I5(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:A5(1-(0,h5.default)(r.hits-1,r.total,e))}function A5(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var Qr=r=>r.requests>0?r.errors/r.requests:0;function g0(r,e,t,i){let a=`${N5("canary",r)}; ${N5("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${a})`};let s=(c,l)=>`${l} p ${c<1e-4?"< 0.0001":`= ${c.toPrecision(2)}`}, ${c<i?"significant":"not significant"} at ${ew(i)} confidence`,n=[],u=Qr(r);if(u>t.maxErrorRate){let c=I5({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${or(u)} over max-error-rate ${or(t.maxErrorRate)} (${s(c,"exact binomial test")})`;if(c<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${a}`};n.push(l)}if(e.requests>0){let c=u-Qr(e);if(c>t.maxErrorRateIncrease){let l=q0({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${_5(c)} over stable, more than max-error-rate-increase ${_5(t.maxErrorRateIncrease)} (${s(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${a}`};n.push(m)}}else n.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${or(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${or(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=q0({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${s(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${a}`};n.push(`${l} (${p})`)}else n.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let f=n.length>0?`; ${n.join("; ")}`:"";return{verdict:"passed",reason:`${a}${f}`}}function N5(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${Q0(e.p99)}`;return`${r} ${or(Qr(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function ew(r){return or(1-r)}function _5(r){return`+${or(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var tw=.05,iw=.001,yt=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,a){this.metrics=e,this.target=t,this.settings=i,this.clock=a}begin(e,t,i,a){let s={requests:0,errors:0,errorRate:0},n=new Date(i).toISOString(),u={step:e,weight:t,start:n,end:n,canary:s,stable:s,verdict:"watching",reason:"no look yet"};this.steps.push(u),this.current={step:u,startedAt:i,endsAt:a,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:a,stable:s}=await this.look(t.startedAt,i,e?.signal),n=t.step;if(n.end=new Date(i).toISOString(),n.canary={...a,errorRate:Qr(a)},n.stable={...s,errorRate:Qr(s)},this.samples.push({at:i,weight:n.weight,canaryErrorRate:n.canary.errorRate,stableErrorRate:n.stable.errorRate}),i<t.endsAt){let u=g0(a,s,this.settings,iw);return u.verdict==="failed"?this.record("failed",u):{state:"passed",observed:u.reason}}return this.conclude(g0(a,s,this.settings,tw))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:a,targetGroups:s}=this.target,n=await this.metrics.metricData(V0(a,s,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:X0(e,t)},i),u=Nt(n,"canary"),v=Nt(n,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:u,stable:v}}};function E5(r,e,t,i){if(!t)return;let[a,s]=e.routing.targetGroups,n=_0(e.routing.productionListenerRule),u=e.weights.find(f=>f.weight>0)?.targetGroupArn??a,v=u===a?s:a;return new yt(r,{loadBalancer:n,targetGroups:{canary:v,stable:u}},t,i)}function w5(r,e,t,i){if(t<=0)return;let a=e.service.deploymentConfiguration,s=t>=100?Number.POSITIVE_INFINITY:a?.canaryConfiguration?.canaryBakeTimeInMinutes??a?.linearConfiguration?.stepBakeTimeInMinutes??0;r.begin(r.steps.length+1,t,i,i+s*6e4)}var ht=class{written=!1;denied=!1;ecs;service;log;stateOf;constructor(e,t,i,a){this.ecs=e,this.service=t,this.log=i,this.stateOf=a}async save(e,t){if(!this.denied)try{await this.ecs.tagResource(this.service.arn,F0(this.stateOf(e)),t),this.written=!0}catch(i){if(i.name!=="AccessDeniedException")throw i;this.denied=!0,this.log.warning(`the rollout record was not written on service ${this.service.name} (the role needs ecs:TagResource): ${It(i)}`)}}async saveEnding(e,t){!this.written||t||(e.status==="failed"||e.status==="rolled-back")&&await this.saveOrWarn(e.status)}async saveFinal(e){await this.save(e).catch(t=>{if(!(t instanceof h0))throw t})}async saveOrWarn(e){await this.save(e).catch(t=>this.log.warning(`the rollout record was not written: ${It(t)}`))}};function aw(r,e,t){let i=t.indexOf(r??"");if(i>=0)return i;let a={switched:"bake",succeeded:"scale-down"};return Math.max(0,t.indexOf(a[e]??"deploy"))}function T5(r,e,t){return new ht(t.ecs,t.service,e.log,i=>{let{names:a,current:s}=t.steps();return{...t.facts(i),status:i,step:aw(s??r.current,i,a),updatedAt:new Date(e.clock.now()).toISOString()}})}var sw=6e4;async function O5(r,e){let{ports:t,options:i,context:a}=r,{ecs:s}=t,{cluster:n,service:u,taskDefinition:v}=e,c=(await s.updateService({cluster:n,service:u,taskDefinition:v,desiredCount:i.desiredCount},a.signal)).deployments?.find(q=>q.status==="PRIMARY"&&q.taskDefinition===v),l=c?.createdAt??new Date(a.clock.now()),m=new Date(l.getTime()-sw),p=new Map,g=async q=>(p.has(q)||p.set(q,(await s.describeServiceRevision(q))?.taskDefinition),p.get(q)),d=Math.min(i.waitTimeoutMs,12e4),h=await Fr(async()=>{for(let q of await s.listServiceDeployments(n,u,{after:m},a.signal)){let S=q.targetServiceRevisionArn;if(q.serviceDeploymentArn&&S&&await g(S)===v)return U(q.serviceDeploymentArn)}return Sr(!1)},{clock:a.clock,intervalMs:i.pollIntervalMs,deadline:a.clock.now()+d,signal:a.signal});if(!h.done)throw new Error(`UpdateService did not start a service deployment of ${v} on ${u} within ${Se(d)}`);return{arn:h.value,deploymentId:c?.id}}function R5(r,e,t,i,a){return Fr(async()=>{let s=await r.describeServiceDeployment(e),n=s?.status??"unknown",u=t.observe("rollback",`${s?.lifecycleStage??"?"} (${n})`);return Lr.includes(n)?U(n):Sr(u)},{clock:i,intervalMs:a.pollIntervalMs,maxIntervalMs:a.pollIntervalMs,deadline:i.now()+a.waitTimeoutMs})}var St=class{rollout;seen=[];taskDefinitionArn;arn;deploymentId;weight;endedByEcs;analysis;state;options;ports;context;plan;constructor(e,t,i,a){this.options=e,this.ports=t,this.context=i,this.plan=a,this.rollout=new $0(i,e.onFailure),this.taskDefinitionArn=a.service.taskDefinition,this.analysis=E5(t.metrics,a,e.analysis,i.clock);let s=a.service,n=O0(L0(s.tags));this.state=T5(this.rollout,i,{ecs:t.ecs,service:s,steps:()=>({names:["deploy","follow"],current:this.rollout.current}),facts:u=>({taskDefinition:this.taskDefinitionArn,previousTaskDefinition:s.taskDefinition,run:e.run,action:e.rollingBack?"rollback":e.action,history:u!=="succeeded"?n:e.rollingBack?P0(n,s.taskDefinition,this.taskDefinitionArn):R0(n,this.taskDefinitionArn,s.taskDefinition)})})}async run(){let{rollout:e,state:t}=this,i=await e.run([{name:"deploy",run:()=>this.deploy()},{name:"follow",run:()=>this.follow()}]),a=i.status==="succeeded"||i.status==="rolled-back"?i.status:"failed";return t.written&&!e.isCommitted&&i.status!=="paused"&&await t.saveFinal(a),{report:await Re(this,i),timeline:e.timeline,gates:e.gates}}async deploy(){let{options:e,ports:t,plan:i,rollout:a,context:s}=this,{cluster:n}=e,u=i.service.arn;if(i.inFlight)this.taskDefinitionArn="arn"in i.version?i.version.arn:this.taskDefinitionArn,this.arn=i.inFlight.serviceDeploymentArn,a.timeline.note("rollout",`following service deployment ${E(this.arn)}, already in flight`),i.pausedHook&&this.arn&&(await t.ecs.continueServiceDeployment(this.arn,i.pausedHook,"CONTINUE",s.signal),a.timeline.note("hook",`ContinueServiceDeployment CONTINUE sent for ${E(this.arn)}`));else{let{arn:v,registered:f}=await D0(t.ecs,i.version,s.signal);if(this.taskDefinitionArn=v,a.timeline.note("rollout",`${f?"registered":"deploying"} ${v}`),v===i.service.taskDefinition){a.say(`${i.service.name} already runs ${v}: nothing to deploy`);return}await this.state.save("deploying",s.signal);let c=await O5(this,{cluster:n,service:u,taskDefinition:v});this.arn=c.arn,this.deploymentId=c.deploymentId,a.timeline.note("rollout",`ECS started service deployment ${E(this.arn)} (${i.strategy})`)}this.deploymentId&&(a.watching={ecs:t.ecs,cluster:n,service:u,deploymentId:this.deploymentId}),a.onFailure({kind:"traffic",run:(v,f)=>this.stop(v,f)})}async follow(){let{options:e,rollout:t,context:i,arn:a}=this;if(!a)return;let s=H0(this.ports,e.healthCheckUrl,e.pollIntervalMs),n=M0(this.ports,e.verifyCommand,{ROLLOUT_SERVICE:this.plan.service.name,ROLLOUT_SERVICE_DEPLOYMENT_ARN:a,ROLLOUT_TASK_DEFINITION_ARN:this.taskDefinitionArn}),u=[...s];e.alarms.length>0&&u.push(new S0(this.ports.cloudwatch,e.alarms)),this.analysis&&u.push(this.analysis);let v=await t.timed("follow",()=>x0({ecs:this.ports.ecs,arn:a,timeline:t.timeline,clock:i.clock,signal:i.signal,intervalMs:e.pollIntervalMs,deadline:i.clock.now()+e.waitTimeoutMs+aa(this.plan),verify:[s,n?[n]:[]],watch:u,gateContext:{tasks:async()=>{let{deploymentId:c}=this;return c?this.ports.ecs.deploymentTasks(e.cluster,this.plan.service.arn,c):[]},expectedCount:e.desiredCount??this.plan.service.desiredCount},onStage:c=>this.onStage(c),onWeight:c=>this.onWeight(c),onReports:(c,l)=>t.keep(c,l),onPause:c=>this.onPause(c),answered:this.plan.pausedHook?[this.plan.pausedHook]:[]},this.seen));if(v.ok&&v.paused){await this.state.save("paused",i.signal);let c=v.paused.verified?" after passing the verify gates":"";return{status:"paused",reason:`ECS holds service deployment ${E(a)} of ${this.taskDefinitionArn} at its PAUSE hook during ${v.paused.stage}${c}; production traffic stays on ${this.plan.service.taskDefinition} until mode promote`}}if(v.ok){t.commit(),await this.state.saveOrWarn("succeeded"),t.say(`${v.reason}; ${this.plan.service.name} serves ${this.taskDefinitionArn}`);return}if(v.cause==="ecs")throw this.endedByEcs=v.deployment,new Ae({ok:!1,cause:"circuit-breaker",reason:v.reason});if(v.cause==="timeout")throw new Ae(v);let f=`during ${v.stage} of service deployment ${E(a)}`;throw new Ae({ok:!1,cause:"gate",gate:v.gate,reason:v.reason},f)}async onPause(e){return this.options.mode==="deploy"?"hold":(await this.ports.ecs.continueServiceDeployment(this.arn,e.hookId,"CONTINUE",this.context.signal),this.rollout.timeline.note("hook","ContinueServiceDeployment CONTINUE sent: every gate passed"),"continue")}async onStage(e){Kr.indexOf(e)===jr+1&&await this.state.save("switched",this.context.signal)}onWeight(e){this.weight=e,this.analysis&&w5(this.analysis,this.plan,e,this.context.clock.now())}async stop(e,t){let i=this.endedByEcs;if(i){let u=i.status==="ROLLBACK_SUCCESSFUL";return{said:u?"; ECS rolled the service back to its previous revision":"",restored:u}}if(e.cause==="timeout"&&t.stop)return{said:" (on-failure: stop: ECS carries on)"};if(t.stop)return{said:" (on-failure: stop: the deployment goes on as ECS runs it)"};let{ecs:a}=this.ports,s=this.arn;if(await a.stopServiceDeployment(s),this.rollout.timeline.note("rollback",`StopServiceDeployment ROLLBACK sent for ${E(s)}`),t.cancelled)return{said:"; ECS was asked to roll back (not awaited)"};let n=await this.rollout.timed("rollback",()=>R5(a,s,this.rollout.timeline,this.context.clock,this.options));return n.done?n.value!=="ROLLBACK_SUCCESSFUL"?{said:`; the rollback ended with ${n.value}`}:{said:`; ECS rolled the service back to ${this.plan.service.taskDefinition}`,restored:!0}:{said:`; the rollback of ${E(s)} did not end within wait-timeout`}}};async function P5(r,e,t){let i=new St(r,e,t,await Oe(r,e));return r.mode==="abort"?na(i):i.run()}var xC={...K0,blueService:Yr("blue-service",Ne("service")),greenService:Yr("green-service",Ne("service")),listenerRule:Yr("listener-rule",J0),service:Yr("service",Ne("service"))},F5=["blue-service","green-service","listener-rule"];function rk(r){let e=[r.blueService,r.greenService,r.listenerRule],t=F5.filter((i,a)=>!e[a]);if(t.length>0)throw Zr(t.map(i=>`${i} is required (or service, for a service whose ECS deployment strategy is not ROLLING)`));return r}function ek(r,e){return Jr("service").trim()?e():r()}function tk(r,e,t,i,a,s=process.env){let u=[...[...F5,"test-listener-rule"].map(l=>({name:l,default:void 0})),...i].filter(l=>{let m=t(l.name).trim();return m!==""&&m!==l.default}).map(l=>l.name);if(u.length>0)throw Zr(u.map(l=>`${l} is not used with service (ECS runs the deployment from the service's own configuration)`));let v=e.mode??"full",f=Y0(e,s.GITHUB_WORKSPACE??"."),c=v==="promote"||v==="abort";if(c&&f&&!(v==="promote"&&f.kind==="arn"))throw Zr([`mode ${v} acts on the service deployment in flight: give no new version (task-definition-arn may name it with promote, as a check)`]);if(!c&&!f)throw Zr([`task-definition, task-definition-arn or image (with container) is required with mode ${v}`]);return{action:r,cluster:e.cluster,service:e.service,mode:v,taskDefinition:c?void 0:f,expectedTaskDefinitionArn:v==="promote"?e.taskDefinitionArn:void 0,allowFamilyChange:e.allowFamilyChange,desiredCount:e.desiredCount,alarms:e.alarms,healthCheckUrl:e.healthCheckUrl,verifyCommand:e.verifyCommand,analysis:a,waitTimeoutMs:e.waitTimeout,pollIntervalMs:e.pollInterval,onFailure:e.onFailure,run:Z0(s),lockTimeoutMs:e.lockTimeout}}function ik(r,e,t,i){return{name:e,id:r,lock:(a,s)=>ea(s,a.cluster,a.service),check:Oe,options:t,deploy:P5,title:a=>`${e} of ${a.service} (ECS ${a.strategy})`,outputs:i,facts:a=>[["Cluster",a.cluster],["Service",a.service],["Strategy",`ECS ${a.strategy}`],["Service deployment",a.serviceDeploymentArn],["Stages",a.stages.map(s=>`${s.stage} (+${s.atSeconds}s)`).join(" \u2192 ")||void 0],["Live target group",a.liveColor],["Task definition",a.taskDefinitionArn],["Previous task definition",a.previousTaskDefinitionArn]]}}async function ak(r={},e=()=>{}){let t=Jr("cluster").trim(),i=Jr("service").trim();if(!t||!i)return{native:!1,overrides:r};let a=r.clients??U0(),s=B0(W0(a.ecs)),n={...r,clients:a,ecsBeforeLock:s};try{e(f=>Jr(f));let{found:[u]}=await s.describeServicesWithTags(t,[i]);return{native:u!==void 0&&Ee(u)!==void 0&&we(u)!==void 0,overrides:n}}catch{return{native:!1,overrides:n}}}export{T5 as a,ra as b,ea as c,M5 as d,Oe as e,na as f,yt as g,St as h,P5 as i,xC as j,rk as k,ek as l,tk as m,ik as n,ak as o};
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
