import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as S0,b as I0,d as H0,e as M0,g as Ae,h as $0}from"./chunk-XLEKGRFB.js";import{Aa as X0,Ba as V0,C as w0,Ca as Nt,D as U,Da as or,E as Sr,Ea as Q0,F as Fr,G as T0,H as O0,I as R0,J as P0,Ja as Ne,N as F0,O as L0,P as C0,Pa as Y0,Qa as Z0,Ra as J0,Ta as K0,Z as k0,_ as At,b as Se,ba as D0,d as sr,f as h0,g as It,ga as Ie,h as K,j as Zr,ka as G0,m as Jr,pa as b0,ua as Kr,v as A0,va as U0,w as N0,wa as W0,x as _0,y as E0,za as B0}from"./chunk-LEXIZ32F.js";import{b as u,c as y0}from"./chunk-XTI4HEAM.js";var ua=u((Cw,oa)=>{"use strict";var bl=typeof Object.defineProperty=="function"?Object.defineProperty:null;oa.exports=bl});var ca=u((kw,va)=>{"use strict";var $l=ua();function Ul(){try{return $l({},"x",{}),!0}catch{return!1}}va.exports=Ul});var la=u((Dw,fa)=>{"use strict";var Wl=Object.defineProperty;fa.exports=Wl});var Tt=u((Gw,pa)=>{"use strict";function Bl(r){return typeof r=="number"}pa.exports=Bl});var Ot=u((Hw,da)=>{"use strict";function Xl(r){return r[0]==="-"}function ma(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function Vl(r,e,t){var i=!1,a=e-r.length;return a<0||(Xl(r)&&(i=!0,r=r.substr(1)),r=t?r+ma(a):ma(a)+r,i&&(r="-"+r)),r}da.exports=Vl});var ha=u((Mw,ya)=>{"use strict";var Ql=Tt(),qa=Ot(),Yl=String.prototype.toLowerCase,ga=String.prototype.toUpperCase;function Zl(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!Ql(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=qa(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=qa(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===ga.call(r.specifier)?ga.call(t):Yl.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}ya.exports=Zl});var Ia=u((bw,Sa)=>{"use strict";function Jl(r){return typeof r=="string"}Sa.exports=Jl});var _a=u(($w,Na)=>{"use strict";var Kl=Math.abs,jl=String.prototype.toLowerCase,Aa=String.prototype.toUpperCase,Ir=String.prototype.replace,zl=/e\+(\d)$/,xl=/e-(\d)$/,r7=/^(\d+)$/,e7=/^(\d+)e/,t7=/\.0$/,i7=/\.0*e/,a7=/(\..*[^0])0*e/;function n7(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":Kl(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=Ir.call(i,a7,"$1e"),i=Ir.call(i,i7,"e"),i=Ir.call(i,t7,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=Ir.call(i,zl,"e+0$1"),i=Ir.call(i,xl,"e-0$1"),e.alternate&&(i=Ir.call(i,r7,"$1."),i=Ir.call(i,e7,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===Aa.call(e.specifier)?Aa.call(i):jl.call(i),i}Na.exports=n7});var Ta=u((Uw,wa)=>{"use strict";function Ea(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function s7(r,e,t){var i=e-r.length;return i<0||(r=t?r+Ea(i):Ea(i)+r),r}wa.exports=s7});var Ra=u((Ww,Oa)=>{"use strict";var o7=ha(),u7=Ia(),v7=Tt(),c7=_a(),f7=Ta(),l7=Ot(),p7=String.fromCharCode,m7=Array.isArray;function Pe(r){return r!==r}function d7(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function q7(r){var e,t,i,a,n,s,o,v,f,c;if(!m7(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(s="",o=1,f=0;f<r.length;f++)if(i=r[f],u7(i))s+=i;else{if(e=i.precision!==void 0,i=d7(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+f+"`. Value: `"+i+"`.");for(i.mapping&&(o=i.mapping),t=i.flags,c=0;c<t.length;c++)switch(a=t.charAt(c),a){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+a)}if(i.width==="*"){if(i.width=parseInt(arguments[o],10),o+=1,Pe(i.width))throw new TypeError("the argument for * width at position "+o+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[o],10),o+=1,Pe(i.precision))throw new TypeError("the argument for * precision at position "+o+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[o],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=o7(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!Pe(i.arg)){if(n=parseInt(i.arg,10),n<0||n>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=Pe(n)?String(i.arg):p7(n)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!v7(i.arg))throw new Error("invalid floating-point number. Value: "+s);v=i.arg,i.padZeros=!1}i.arg=c7(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=l7(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=f7(i.arg,i.width,i.padRight)),s+=i.arg||"",o+=1}return s}Oa.exports=q7});var Fa=u((Bw,Pa)=>{"use strict";var g7=Ra();Pa.exports=g7});var Ca=u((Xw,La)=>{"use strict";var Fe=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function y7(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function h7(r){var e,t,i,a;for(t=[],a=0,i=Fe.exec(r);i;)e=r.slice(a,Fe.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(y7(i)),a=Fe.lastIndex,i=Fe.exec(r);return e=r.slice(a),e.length&&t.push(e),t}La.exports=h7});var Da=u((Vw,ka)=>{"use strict";var S7=Ca();ka.exports=S7});var Ha=u((Qw,Ga)=>{"use strict";function I7(r){return typeof r=="string"}Ga.exports=I7});var $a=u((Yw,ba)=>{"use strict";var A7=Fa(),N7=Da(),_7=Ha();function Ma(r){var e,t;if(!_7(r))throw new TypeError(Ma("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[N7(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return A7.apply(null,e)}ba.exports=Ma});var Wa=u((Zw,Ua)=>{"use strict";var E7=$a();Ua.exports=E7});var Za=u((Jw,Ya)=>{"use strict";var Ba=Wa(),kr=Object.prototype,Xa=kr.toString,Va=kr.__defineGetter__,Qa=kr.__defineSetter__,w7=kr.__lookupGetter__,T7=kr.__lookupSetter__;function O7(r,e,t){var i,a,n,s;if(typeof r!="object"||r===null||Xa.call(r)==="[object Array]")throw new TypeError(Ba("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||Xa.call(t)==="[object Array]")throw new TypeError(Ba("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(a="value"in t,a&&(w7.call(r,e)||T7.call(r,e)?(i=r.__proto__,r.__proto__=kr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),n="get"in t,s="set"in t,a&&(n||s))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return n&&Va&&Va.call(r,e,t.get),s&&Qa&&Qa.call(r,e,t.set),r}Ya.exports=O7});var Ka=u((Kw,Ja)=>{"use strict";var R7=ca(),P7=la(),F7=Za(),Rt;R7()?Rt=P7:Rt=F7;Ja.exports=Rt});var za=u((jw,ja)=>{"use strict";var L7=Ka();function C7(r,e,t){L7(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}ja.exports=C7});var ur=u((zw,xa)=>{"use strict";var k7=za();xa.exports=k7});var en=u((xw,rn)=>{"use strict";var D7=Math.floor;rn.exports=D7});var R=u((rT,tn)=>{"use strict";var G7=en();tn.exports=G7});var nn=u((eT,an)=>{"use strict";var H7=R();function M7(r){return H7(r)===r&&r>=0}an.exports=M7});var Ar=u((tT,sn)=>{"use strict";var b7=nn();sn.exports=b7});var un=u((iT,on)=>{"use strict";function $7(r){return r!==r}on.exports=$7});var I=u((aT,vn)=>{"use strict";var U7=un();vn.exports=U7});var fn=u((nT,cn)=>{"use strict";function W7(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}cn.exports=W7});var pn=u((sT,ln)=>{"use strict";var B7=fn();ln.exports=B7});var dn=u((oT,mn)=>{"use strict";var X7=pn(),V7=X7();function Q7(){return V7&&typeof Symbol.toStringTag=="symbol"}mn.exports=Q7});var gn=u((uT,qn)=>{"use strict";var Y7=dn();qn.exports=Y7});var Pt=u((vT,yn)=>{"use strict";var Z7=Object.prototype.toString;yn.exports=Z7});var Sn=u((cT,hn)=>{"use strict";var J7=Pt();function K7(r){return J7.call(r)}hn.exports=K7});var An=u((fT,In)=>{"use strict";var j7=Object.prototype.hasOwnProperty;function z7(r,e){return r==null?!1:j7.call(r,e)}In.exports=z7});var _n=u((lT,Nn)=>{"use strict";var x7=An();Nn.exports=x7});var wn=u((pT,En)=>{"use strict";var r9=typeof Symbol=="function"?Symbol:void 0;En.exports=r9});var On=u((mT,Tn)=>{"use strict";var e9=wn();Tn.exports=e9});var Fn=u((dT,Pn)=>{"use strict";var Rn=On(),t9=typeof Rn=="function"?Rn.toStringTag:"";Pn.exports=t9});var Cn=u((qT,Ln)=>{"use strict";var i9=_n(),zr=Fn(),Ft=Pt();function a9(r){var e,t,i;if(r==null)return Ft.call(r);t=r[zr],e=i9(r,zr);try{r[zr]=void 0}catch{return Ft.call(r)}return i=Ft.call(r),e?r[zr]=t:delete r[zr],i}Ln.exports=a9});var xr=u((gT,kn)=>{"use strict";var n9=gn(),s9=Sn(),o9=Cn(),Lt;n9()?Lt=o9:Lt=s9;kn.exports=Lt});var Gn=u((yT,Dn)=>{"use strict";var u9=xr(),v9=typeof Uint32Array=="function";function c9(r){return v9&&r instanceof Uint32Array||u9(r)==="[object Uint32Array]"}Dn.exports=c9});var Mn=u((hT,Hn)=>{"use strict";var f9=Gn();Hn.exports=f9});var $n=u((ST,bn)=>{"use strict";var l9=4294967295;bn.exports=l9});var Wn=u((IT,Un)=>{"use strict";var p9=typeof Uint32Array=="function"?Uint32Array:null;Un.exports=p9});var Vn=u((AT,Xn)=>{"use strict";var m9=Mn(),Ct=$n(),Bn=Wn();function d9(){var r,e;if(typeof Bn!="function")return!1;try{e=[1,3.14,-3.14,Ct+1,Ct+2],e=new Bn(e),r=m9(e)&&e[0]===1&&e[1]===3&&e[2]===Ct-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Xn.exports=d9});var Yn=u((NT,Qn)=>{"use strict";var q9=Vn();Qn.exports=q9});var Jn=u((_T,Zn)=>{"use strict";var g9=typeof Uint32Array=="function"?Uint32Array:void 0;Zn.exports=g9});var jn=u((ET,Kn)=>{"use strict";function y9(){throw new Error("not implemented")}Kn.exports=y9});var Nr=u((wT,zn)=>{"use strict";var h9=Yn(),S9=Jn(),I9=jn(),kt;h9()?kt=S9:kt=I9;zn.exports=kt});var rs=u((TT,xn)=>{"use strict";var A9=xr(),N9=typeof Float64Array=="function";function _9(r){return N9&&r instanceof Float64Array||A9(r)==="[object Float64Array]"}xn.exports=_9});var ts=u((OT,es)=>{"use strict";var E9=rs();es.exports=E9});var as=u((RT,is)=>{"use strict";var w9=typeof Float64Array=="function"?Float64Array:null;is.exports=w9});var os=u((PT,ss)=>{"use strict";var T9=ts(),ns=as();function O9(){var r,e;if(typeof ns!="function")return!1;try{e=new ns([1,3.14,-3.14,NaN]),r=T9(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}ss.exports=O9});var vs=u((FT,us)=>{"use strict";var R9=os();us.exports=R9});var fs=u((LT,cs)=>{"use strict";var P9=typeof Float64Array=="function"?Float64Array:void 0;cs.exports=P9});var ps=u((CT,ls)=>{"use strict";function F9(){throw new Error("not implemented")}ls.exports=F9});var j=u((kT,ms)=>{"use strict";var L9=vs(),C9=fs(),k9=ps(),Dt;L9()?Dt=C9:Dt=k9;ms.exports=Dt});var qs=u((DT,ds)=>{"use strict";var D9=xr(),G9=typeof Uint8Array=="function";function H9(r){return G9&&r instanceof Uint8Array||D9(r)==="[object Uint8Array]"}ds.exports=H9});var ys=u((GT,gs)=>{"use strict";var M9=qs();gs.exports=M9});var Ss=u((HT,hs)=>{"use strict";var b9=255;hs.exports=b9});var As=u((MT,Is)=>{"use strict";var $9=typeof Uint8Array=="function"?Uint8Array:null;Is.exports=$9});var Es=u((bT,_s)=>{"use strict";var U9=ys(),Gt=Ss(),Ns=As();function W9(){var r,e;if(typeof Ns!="function")return!1;try{e=[1,3.14,-3.14,Gt+1,Gt+2],e=new Ns(e),r=U9(e)&&e[0]===1&&e[1]===3&&e[2]===Gt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}_s.exports=W9});var Ts=u(($T,ws)=>{"use strict";var B9=Es();ws.exports=B9});var Rs=u((UT,Os)=>{"use strict";var X9=typeof Uint8Array=="function"?Uint8Array:void 0;Os.exports=X9});var Fs=u((WT,Ps)=>{"use strict";function V9(){throw new Error("not implemented")}Ps.exports=V9});var Cs=u((BT,Ls)=>{"use strict";var Q9=Ts(),Y9=Rs(),Z9=Fs(),Ht;Q9()?Ht=Y9:Ht=Z9;Ls.exports=Ht});var Ds=u((XT,ks)=>{"use strict";var J9=xr(),K9=typeof Uint16Array=="function";function j9(r){return K9&&r instanceof Uint16Array||J9(r)==="[object Uint16Array]"}ks.exports=j9});var Hs=u((VT,Gs)=>{"use strict";var z9=Ds();Gs.exports=z9});var bs=u((QT,Ms)=>{"use strict";var x9=65535;Ms.exports=x9});var Us=u((YT,$s)=>{"use strict";var r8=typeof Uint16Array=="function"?Uint16Array:null;$s.exports=r8});var Xs=u((ZT,Bs)=>{"use strict";var e8=Hs(),Mt=bs(),Ws=Us();function t8(){var r,e;if(typeof Ws!="function")return!1;try{e=[1,3.14,-3.14,Mt+1,Mt+2],e=new Ws(e),r=e8(e)&&e[0]===1&&e[1]===3&&e[2]===Mt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Bs.exports=t8});var Qs=u((JT,Vs)=>{"use strict";var i8=Xs();Vs.exports=i8});var Zs=u((KT,Ys)=>{"use strict";var a8=typeof Uint16Array=="function"?Uint16Array:void 0;Ys.exports=a8});var Ks=u((jT,Js)=>{"use strict";function n8(){throw new Error("not implemented")}Js.exports=n8});var zs=u((zT,js)=>{"use strict";var s8=Qs(),o8=Zs(),u8=Ks(),bt;s8()?bt=o8:bt=u8;js.exports=bt});var ro=u((xT,xs)=>{"use strict";var v8=Cs(),c8=zs(),f8={uint16:c8,uint8:v8};xs.exports=f8});var ao=u((rO,io)=>{"use strict";var eo=ro(),to;function l8(){var r,e;return r=new eo.uint16(1),r[0]=4660,e=new eo.uint8(r.buffer),e[0]===52}to=l8();io.exports=to});var _r=u((eO,no)=>{"use strict";var p8=ao();no.exports=p8});var oo=u((tO,so)=>{"use strict";var m8=_r(),$t;m8===!0?$t=1:$t=0;so.exports=$t});var co=u((iO,vo)=>{"use strict";var d8=Nr(),q8=j(),g8=oo(),uo=new q8(1),y8=new d8(uo.buffer);function h8(r){return uo[0]=r,y8[g8]}vo.exports=h8});var C=u((aO,fo)=>{"use strict";var S8=co();fo.exports=S8});var po=u((nO,lo)=>{"use strict";var I8=_r(),Ut;I8===!0?Ut=1:Ut=0;lo.exports=Ut});var qo=u((sO,mo)=>{"use strict";var A8=Nr(),N8=j(),_8=po(),Wt=new N8(1),E8=new A8(Wt.buffer);function w8(r,e){return Wt[0]=r,E8[_8]=e>>>0,Wt[0]}mo.exports=w8});var Dr=u((oO,go)=>{"use strict";var T8=qo();go.exports=T8});var So=u((uO,ho)=>{"use strict";var O8=_r(),yo,Bt,Xt;O8===!0?(Bt=1,Xt=0):(Bt=0,Xt=1);yo={HIGH:Bt,LOW:Xt};ho.exports=yo});var Eo=u((vO,_o)=>{"use strict";var R8=Nr(),P8=j(),Ao=So(),No=new P8(1),Io=new R8(No.buffer),F8=Ao.HIGH,L8=Ao.LOW;function C8(r,e){return Io[F8]=r,Io[L8]=e,No[0]}_o.exports=C8});var re=u((cO,wo)=>{"use strict";var k8=Eo();wo.exports=k8});var A=u((fO,To)=>{"use strict";var D8=Number.POSITIVE_INFINITY;To.exports=D8});var Ro=u((lO,Oo)=>{"use strict";Oo.exports=Number});var Fo=u((pO,Po)=>{"use strict";var G8=Ro();Po.exports=G8});var P=u((mO,Lo)=>{"use strict";var H8=Fo(),M8=H8.NEGATIVE_INFINITY;Lo.exports=M8});var vr=u((dO,Co)=>{"use strict";var b8=1023;Co.exports=b8});var Do=u((qO,ko)=>{"use strict";var $8=.34657359027997264;ko.exports=$8});var Ho=u((gO,Go)=>{"use strict";function U8(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}Go.exports=U8});var Bo=u((yO,Wo)=>{"use strict";var W8=I(),Mo=C(),Vt=Dr(),B8=re(),bo=A(),X8=P(),$o=vr(),V8=Do(),Q8=Ho(),Y8=709.782712893384,Qt=.6931471803691238,Yt=19082149292705877e-26,Uo=1.4426950408889634,Z8=38.816242111356935,J8=1.0397207708399179;function K8(r){var e,t,i,a,n,s,o,v,f,c,l,m,p;if(r===bo||W8(r))return r;if(r===X8)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=Z8){if(i)return-1;if(v>=Y8)return bo}if(s=Mo(v)|0,v>V8)v<J8?i?(a=r+Qt,n=-Yt,p=-1):(a=r-Qt,n=Yt,p=1):(i?p=Uo*r-.5:p=Uo*r+.5,p|=0,l=p,a=r-l*Qt,n=l*Yt),r=a-n,c=a-r-n;else{if(s<1016070144)return r;p=0}return e=.5*r,f=r*e,o=1+f*Q8(f),l=3-o*e,m=f*((o-l)/(6-r*l)),p===0?r-(r*m-f):(t=B8($o+p<<20,0),m=r*(m-c)-c,m-=f,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(a=Mo(v)+(p<<20)|0,v=Vt(v,a)):v*=t,v-1):(l=1,p<20?(a=1072693248-(2097152>>p)|0,l=Vt(l,a),v=l-(m-r)):(a=$o-p<<20|0,l=Vt(l,a),v=r-(m+l),v+=1),v*=t,v))}Wo.exports=K8});var ee=u((hO,Xo)=>{"use strict";var j8=Bo();Xo.exports=j8});var Qo=u((SO,Vo)=>{"use strict";function z8(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}Vo.exports=z8});var jo=u((IO,Ko)=>{"use strict";var x8=I(),Yo=C(),Zo=Dr(),rp=A(),ep=P(),Jo=vr(),tp=Qo(),Zt=.6931471803691238,Jt=19082149292705877e-26,ip=.41421356237309503,ap=-.2928932188134525,np=1862645149230957e-24,sp=5551115123125783e-32,op=9007199254740992,up=.6666666666666666;function vp(r){var e,t,i,a,n,s,o,v,f,c;if(r<-1||x8(r))return NaN;if(r===-1)return ep;if(r===rp||r===0)return r;if(r<0?i=-r:i=r,c=1,i<ip){if(i<np)return i<sp?r:r-r*r*.5;r>ap&&(c=0,a=r,t=1)}return c!==0&&(i<op?(f=1+r,t=Yo(f),c=(t>>20)-Jo,c>0?n=1-(f-r):n=r-(f-1),n/=f):(f=r,t=Yo(f),c=(t>>20)-Jo,n=0),t&=1048575,t<434334?f=Zo(f,t|1072693248):(c+=1,f=Zo(f,t|1071644672),t=1048576-t>>2),a=f-1),e=.5*a*a,t===0?a===0?(n+=c*Jt,c*Zt+n):(v=e*(1-up*a),c*Zt-(v-(c*Jt+n)-a)):(s=a/(2+a),o=s*s,v=o*tp(o),c===0?a-(e-s*(e+v)):c*Zt-(e-(s*(e+v)+(c*Jt+n))-a))}Ko.exports=vp});var z=u((AO,zo)=>{"use strict";var cp=jo();zo.exports=cp});var ru=u((NO,xo)=>{"use strict";var fp=Math.sqrt;xo.exports=fp});var b=u((_O,eu)=>{"use strict";var lp=ru();eu.exports=lp});var iu=u((EO,tu)=>{"use strict";var pp=.7853981633974483;tu.exports=pp});var nu=u((wO,au)=>{"use strict";function mp(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}au.exports=mp});var ou=u((TO,su)=>{"use strict";function dp(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}su.exports=dp});var cu=u((OO,vu)=>{"use strict";var qp=I(),gp=b(),uu=iu(),yp=nu(),hp=ou(),Sp=6123233995736766e-32;function Ip(r){var e,t,i,a,n;if(qp(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,a=t*hp(t),t=gp(t+t),n=uu-t,t=t*a-Sp,n-=t,n+=uu;else{if(i<1e-8)return r;t=i*i,n=t*yp(t),n=i*n+i}return e?-n:n}vu.exports=Ip});var lu=u((RO,fu)=>{"use strict";var Ap=cu();fu.exports=Ap});var mu=u((PO,pu)=>{"use strict";function Np(r){return Math.abs(r)}pu.exports=Np});var N=u((FO,du)=>{"use strict";var _p=mu();du.exports=_p});var gu=u((LO,qu)=>{"use strict";var Ep=Math.ceil;qu.exports=Ep});var hu=u((CO,yu)=>{"use strict";var wp=gu();yu.exports=wp});var Iu=u((kO,Su)=>{"use strict";var Tp=R(),Op=hu();function Rp(r){return r<0?Op(r):Tp(r)}Su.exports=Rp});var Gr=u((DO,Au)=>{"use strict";var Pp=Iu();Au.exports=Pp});var _u=u((GO,Nu)=>{"use strict";var Fp=1023;Nu.exports=Fp});var wu=u((HO,Eu)=>{"use strict";var Lp=-1023;Eu.exports=Lp});var Ou=u((MO,Tu)=>{"use strict";var Cp=-1074;Tu.exports=Cp});var Pu=u((bO,Ru)=>{"use strict";var kp=A(),Dp=P();function Gp(r){return r===kp||r===Dp}Ru.exports=Gp});var Er=u(($O,Fu)=>{"use strict";var Hp=Pu();Fu.exports=Hp});var Cu=u((UO,Lu)=>{"use strict";var Mp=2147483648;Lu.exports=Mp});var cr=u((WO,ku)=>{"use strict";var bp=2147483647;ku.exports=bp});var Hu=u((BO,Gu)=>{"use strict";var $p=_r(),Du,Kt,jt;$p===!0?(Kt=1,jt=0):(Kt=0,jt=1);Du={HIGH:Kt,LOW:jt};Gu.exports=Du});var zt=u((XO,Uu)=>{"use strict";var Up=Nr(),Wp=j(),bu=Hu(),$u=new Wp(1),Mu=new Up($u.buffer),Bp=bu.HIGH,Xp=bu.LOW;function Vp(r,e,t,i){return $u[0]=r,e[i]=Mu[Bp],e[i+t]=Mu[Xp],e}Uu.exports=Vp});var Bu=u((VO,Wu)=>{"use strict";var Qp=zt();function Yp(r){return Qp(r,[0,0],1,0)}Wu.exports=Yp});var Le=u((QO,Vu)=>{"use strict";var Zp=ur(),Xu=Bu(),Jp=zt();Zp(Xu,"assign",Jp);Vu.exports=Xu});var Yu=u((YO,Qu)=>{"use strict";var Kp=Cu(),jp=cr(),zp=Le(),xp=C(),rm=re(),xt=[0,0];function em(r,e){var t,i;return zp.assign(r,xt,1,0),t=xt[0],t&=jp,i=xp(e),i&=Kp,t|=i,rm(t,xt[1])}Qu.exports=em});var Ce=u((ZO,Zu)=>{"use strict";var tm=Yu();Zu.exports=tm});var Hr=u((JO,Ju)=>{"use strict";var im=22250738585072014e-324;Ju.exports=im});var ri=u((KO,Ku)=>{"use strict";var am=Hr(),nm=Er(),sm=I(),om=N(),um=4503599627370496;function vm(r,e,t,i){return sm(r)||nm(r)?(e[i]=r,e[i+t]=0,e):r!==0&&om(r)<am?(e[i]=r*um,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}Ku.exports=vm});var zu=u((jO,ju)=>{"use strict";var cm=ri();function fm(r){return cm(r,[0,0],1,0)}ju.exports=fm});var e1=u((zO,r1)=>{"use strict";var lm=ur(),xu=zu(),pm=ri();lm(xu,"assign",pm);r1.exports=xu});var te=u((xO,t1)=>{"use strict";var mm=2146435072;t1.exports=mm});var a1=u((rR,i1)=>{"use strict";var dm=C(),qm=te(),gm=vr();function ym(r){var e=dm(r);return e=(e&qm)>>>20,e-gm|0}i1.exports=ym});var s1=u((eR,n1)=>{"use strict";var hm=a1();n1.exports=hm});var u1=u((tR,o1)=>{"use strict";var Sm=A(),Im=P(),Am=vr(),Nm=_u(),_m=wu(),Em=Ou(),wm=I(),Tm=Er(),Om=Ce(),Rm=e1().assign,Pm=s1(),Fm=Le(),Lm=re(),Cm=2220446049250313e-31,km=2148532223,ei=[0,0],ti=[0,0];function Dm(r,e){var t,i;return e===0||r===0||wm(r)||Tm(r)?r:(Rm(r,ei,1,0),r=ei[0],e+=ei[1],e+=Pm(r),e<Em?Om(0,r):e>Nm?r<0?Im:Sm:(e<=_m?(e+=52,i=Cm):i=1,Fm.assign(r,ti,1,0),t=ti[0],t&=km,t|=e+Am<<20,i*Lm(t,ti[1])))}o1.exports=Dm});var ke=u((iR,v1)=>{"use strict";var Gm=u1();v1.exports=Gm});var f1=u((aR,c1)=>{"use strict";function Hm(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}c1.exports=Hm});var p1=u((nR,l1)=>{"use strict";var Mm=ke(),bm=f1();function $m(r,e,t){var i,a,n,s;return i=r-e,a=i*i,n=i-a*bm(a),s=1-(e-i*n/(2-n)-r),Mm(s,t)}l1.exports=$m});var h1=u((sR,y1)=>{"use strict";var Um=I(),m1=Gr(),Wm=P(),d1=A(),Bm=p1(),Xm=.6931471803691238,Vm=19082149292705877e-26,q1=1.4426950408889634,Qm=709.782712893384,Ym=-745.1332191019411,g1=1/(1<<28),Zm=-g1;function Jm(r){var e,t,i;return Um(r)||r===d1?r:r===Wm?0:r>Qm?d1:r<Ym?0:r>Zm&&r<g1?1+r:(r<0?i=m1(q1*r-.5):i=m1(q1*r+.5),e=r-i*Xm,t=i*Vm,Bm(e,t,i))}y1.exports=Jm});var w=u((oR,S1)=>{"use strict";var Km=h1();S1.exports=Km});var A1=u((uR,I1)=>{"use strict";var jm=R();function zm(r){return jm(r)===r}I1.exports=zm});var wr=u((vR,N1)=>{"use strict";var xm=A1();N1.exports=xm});var E1=u((cR,_1)=>{"use strict";var rd=wr();function ed(r){return rd(r/2)}_1.exports=ed});var T1=u((fR,w1)=>{"use strict";var td=E1();w1.exports=td});var P1=u((lR,R1)=>{"use strict";var O1=T1();function id(r){return r>0?O1(r-1):O1(r+1)}R1.exports=id});var De=u((pR,F1)=>{"use strict";var ad=P1();F1.exports=ad});var C1=u((mR,L1)=>{"use strict";var nd=_r(),ii;nd===!0?ii=0:ii=1;L1.exports=ii});var D1=u((dR,k1)=>{"use strict";var sd=Nr(),od=j(),ud=C1(),ai=new od(1),vd=new sd(ai.buffer);function cd(r,e){return ai[0]=r,vd[ud]=e>>>0,ai[0]}k1.exports=cd});var Mr=u((qR,G1)=>{"use strict";var fd=D1();G1.exports=fd});var M1=u((gR,H1)=>{"use strict";function ld(r){return r|0}H1.exports=ld});var ni=u((yR,b1)=>{"use strict";var pd=M1();b1.exports=pd});var W1=u((hR,U1)=>{"use strict";var $1=De(),md=Ce(),dd=P(),Ge=A();function qd(r,e){return e===dd?Ge:e===Ge?0:e>0?$1(e)?r:0:$1(e)?md(Ge,r):Ge}U1.exports=qd});var X1=u((SR,B1)=>{"use strict";var gd=cr(),yd=C(),hd=1072693247,He=1e300,Me=1e-300;function Sd(r,e){var t,i;return i=yd(r),t=i&gd,t<=hd?e<0?He*He:Me*Me:e>0?He*He:Me*Me}B1.exports=Sd});var Y1=u((IR,Q1)=>{"use strict";var Id=N(),V1=A();function Ad(r,e){return r===-1?(r-r)/(r-r):r===1?1:Id(r)<1==(e===V1)?0:V1}Q1.exports=Ad});var si=u((AR,Z1)=>{"use strict";var Nd=20;Z1.exports=Nd});var K1=u((NR,J1)=>{"use strict";function _d(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}J1.exports=_d});var r2=u((_R,x1)=>{"use strict";var Ed=C(),be=Mr(),j1=Dr(),wd=vr(),Td=si(),Od=K1(),Rd=1048575,z1=1048576,Pd=1072693248,Fd=536870912,Ld=524288,Cd=9007199254740992,kd=.9617966939259756,Dd=.9617967009544373,Gd=-7028461650952758e-24,Hd=[1,1.5],Md=[0,.5849624872207642],bd=[0,1350039202129749e-23];function $d(r,e,t){var i,a,n,s,o,v,f,c,l,m,p,g,d,h,q,S,y,k,_,H,M,L;return H=0,t<z1&&(e*=Cd,H-=53,t=Ed(e)),H+=(t>>Td)-wd|0,M=t&Rd|0,t=M|Pd|0,M<=235662?L=0:M<767610?L=1:(L=0,H+=1,t-=z1),e=j1(e,t),c=Hd[L],k=e-c,_=1/(e+c),a=k*_,s=be(a,0),i=(t>>1|Fd)+Ld,i+=L<<18,v=j1(0,i),f=e-(v-c),o=_*(k-s*v-s*f),n=a*a,y=n*n*Od(n),y+=o*(s+a),n=s*s,v=3+n+y,v=be(v,0),f=y-(v-3-n),k=s*v,_=o*v+f*a,m=k+_,m=be(m,0),p=_-(m-k),g=Dd*m,d=Gd*m+p*kd+bd[L],l=Md[L],S=H,h=g+d+l+S,h=be(h,0),q=d-(h-S-l-g),r[0]=h,r[1]=q,r}x1.exports=$d});var t2=u((ER,e2)=>{"use strict";function Ud(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}e2.exports=Ud});var a2=u((wR,i2)=>{"use strict";var Wd=Mr(),Bd=t2(),Xd=1.4426950408889634,Vd=1.4426950216293335,Qd=19259629911266175e-24;function Yd(r,e){var t,i,a,n,s,o;return a=e-1,n=a*a*Bd(a),s=Vd*a,o=a*Qd-n*Xd,i=s+o,i=Wd(i,0),t=o-(i-s),r[0]=i,r[1]=t,r}i2.exports=Yd});var s2=u((TR,n2)=>{"use strict";var Zd=.6931471805599453;n2.exports=Zd});var oi=u((OR,o2)=>{"use strict";var Jd=1048575;o2.exports=Jd});var v2=u((RR,u2)=>{"use strict";function Kd(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}u2.exports=Kd});var q2=u((PR,d2)=>{"use strict";var jd=C(),c2=Dr(),zd=Mr(),xd=ni(),rq=ke(),eq=s2(),f2=vr(),l2=cr(),p2=oi(),ie=si(),tq=v2(),m2=1048576,iq=1071644672,aq=.6931471824645996,nq=-1904654299957768e-24;function sq(r,e,t){var i,a,n,s,o,v,f,c,l,m,p;return m=r&l2|0,p=(m>>ie)-f2|0,l=0,m>iq&&(l=r+(m2>>p+1)>>>0,p=((l&l2)>>ie)-f2|0,i=(l&~(p2>>p))>>>0,n=c2(0,i),l=(l&p2|m2)>>ie-p>>>0,r<0&&(l=-l),e-=n),n=t+e,n=zd(n,0),o=n*aq,v=(t-(n-e))*eq+n*nq,c=o+v,f=v-(c-o),n=c*c,a=c-n*tq(n),s=c*a/(a-2)-(f+c*f),c=1-(s-c),r=jd(c),r=xd(r),r+=l<<ie>>>0,r>>ie<=0?c=rq(c,l):c=c2(c,r),c}d2.exports=sq});var T2=u((FR,w2)=>{"use strict";var g2=I(),y2=De(),h2=Er(),oq=wr(),S2=b(),uq=N(),ui=Le(),vq=Mr(),I2=ni(),cq=P(),fq=A(),vi=cr(),lq=W1(),pq=X1(),mq=Y1(),dq=r2(),qq=a2(),gq=q2(),yq=1072693247,hq=1105199104,Sq=1139802112,A2=1083179008,Iq=1072693248,Aq=1083231232,Nq=3230714880,N2=31,fr=1e300,lr=1e-300,_q=8008566259537294e-32,x=[0,0],_2=[0,0];function E2(r,e){var t,i,a,n,s,o,v,f,c,l,m,p,g,d,h,q;if(g2(r)||g2(e))return NaN;if(ui.assign(e,x,1,0),o=x[0],v=x[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return S2(r);if(e===-.5)return 1/S2(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(h2(e))return mq(r,e)}if(ui.assign(r,x,1,0),n=x[0],s=x[1],s===0){if(n===0)return lq(r,e);if(r===1)return 1;if(r===-1&&y2(e))return-1;if(h2(r))return r===cq?E2(-0,-e):e<0?0:fq}if(r<0&&oq(e)===!1)return(r-r)/(r-r);if(a=uq(r),t=n&vi|0,i=o&vi|0,f=n>>>N2|0,c=o>>>N2|0,f&&y2(e)?f=-1:f=1,i>hq){if(i>Sq)return pq(r,e);if(t<yq)return c===1?f*fr*fr:f*lr*lr;if(t>Iq)return c===0?f*fr*fr:f*lr*lr;g=qq(_2,a)}else g=dq(_2,a,t);if(l=vq(e,0),p=(e-l)*g[0]+e*g[1],m=l*g[0],d=p+m,ui.assign(d,x,1,0),h=I2(x[0]),q=I2(x[1]),h>=A2){if((h-A2|q)!==0||p+_q>d-m)return f*fr*fr}else if((h&vi)>=Aq&&((h-Nq|q)!==0||p<=d-m))return f*lr*lr;return d=gq(h,m,p),f*d}w2.exports=E2});var O=u((LR,O2)=>{"use strict";var Eq=T2();O2.exports=Eq});var Tr=u((CR,R2)=>{"use strict";var wq=2.718281828459045;R2.exports=wq});var W=u((kR,P2)=>{"use strict";var Tq=2220446049250313e-31;P2.exports=Tq});var L2=u((DR,F2)=>{"use strict";function Oq(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}F2.exports=Oq});var D2=u((GR,k2)=>{"use strict";var C2=I(),Rq=z(),Pq=b(),Fq=N(),Lq=w(),ci=O(),Cq=Tr(),fi=W(),li=L2(),pi=10.900511;function kq(r,e){var t,i,a,n,s,o,v;return C2(r)||C2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<fi?(s=v/r,s/=e,s):v===r&&e<fi?1/e:v===e&&r<fi?1/r:(r<e&&(o=e,e=r,r=o),i=r+pi-.5,a=e+pi-.5,n=v+pi-.5,s=li(r)*(li(e)/li(v)),t=r-.5-e,Fq(e*t)<n*100&&r>100?s*=Lq(t*Rq(-e/n)):s*=ci(i/n,t),n>1e10?s*=ci(i/n*(a/n),e):s*=ci(i*a/(n*n),e),s*=Pq(Cq/a),s))}k2.exports=kq});var H2=u((HR,G2)=>{"use strict";var Dq=D2();G2.exports=Dq});var b2=u((MR,M2)=>{"use strict";var Gq=A();function Hq(r){return r===0&&1/r===Gq}M2.exports=Hq});var U2=u((bR,$2)=>{"use strict";var Mq=b2();$2.exports=Mq});var X2=u(($R,B2)=>{"use strict";var bq=U2(),W2=I(),mi=A();function $q(r,e){return W2(r)||W2(e)?NaN:r===mi||e===mi?mi:r===e&&r===0?bq(r)?r:e:r>e?r:e}B2.exports=$q});var rr=u((UR,V2)=>{"use strict";var Uq=X2();V2.exports=Uq});var Y2=u((WR,Q2)=>{"use strict";var Wq=P();function Bq(r){return r===0&&1/r===Wq}Q2.exports=Bq});var di=u((BR,Z2)=>{"use strict";var Xq=Y2();Z2.exports=Xq});var j2=u((XR,K2)=>{"use strict";var Vq=di(),J2=I(),qi=P();function Qq(r,e){return J2(r)||J2(e)?NaN:r===qi||e===qi?qi:r===e&&r===0?Vq(r)?r:e:r<e?r:e}K2.exports=Qq});var B=u((VR,z2)=>{"use strict";var Yq=j2();z2.exports=Yq});var $e=u((QR,x2)=>{"use strict";var Zq=17976931348623157e292;x2.exports=Zq});var gi=u((YR,rv)=>{"use strict";var Jq=2147483647;rv.exports=Jq});var tv=u((ZR,ev)=>{"use strict";var Kq=1.5707963267948966;ev.exports=Kq});var br=u((JR,iv)=>{"use strict";var jq=3.141592653589793;iv.exports=jq});var nv=u((KR,av)=>{"use strict";function zq(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}av.exports=zq});var ov=u((jR,sv)=>{"use strict";function xq(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}sv.exports=xq});var vv=u((zR,uv)=>{"use strict";var rg=nv(),eg=ov();function tg(r,e){var t,i,a,n;return n=r*r,a=n*n,i=n*rg(n),i+=a*a*eg(n),t=.5*n,a=1-t,a+(1-a-t+(n*i-r*e))}uv.exports=tg});var yi=u((xR,cv)=>{"use strict";var ig=vv();cv.exports=ig});var pv=u((rP,lv)=>{"use strict";var fv=-.16666666666666632,ag=.00833333333332249,ng=-.0001984126982985795,sg=27557313707070068e-22,og=-25050760253406863e-24,ug=158969099521155e-24;function vg(r,e){var t,i,a,n;return n=r*r,a=n*n,t=ag+n*(ng+n*sg)+n*a*(og+n*ug),i=n*r,e===0?r+i*(fv+n*t):r-(n*(.5*e-i*t)-e-i*fv)}lv.exports=vg});var hi=u((eP,mv)=>{"use strict";var cg=pv();mv.exports=cg});var qv=u((tP,dv)=>{"use strict";var fg=_r(),Si;fg===!0?Si=0:Si=1;dv.exports=Si});var hv=u((iP,yv)=>{"use strict";var lg=Nr(),pg=j(),mg=qv(),gv=new pg(1),dg=new lg(gv.buffer);function qg(r){return gv[0]=r,dg[mg]}yv.exports=qg});var Iv=u((aP,Sv)=>{"use strict";var gg=hv();Sv.exports=gg});var Nv=u((nP,Av)=>{"use strict";function yg(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}Av.exports=yg});var Ev=u((sP,_v)=>{"use strict";var hg=Nv();_v.exports=hg});var Tv=u((oP,wv)=>{"use strict";var Sg=Ev();function Ig(r){return Sg(0,r)}wv.exports=Ig});var Rv=u((uP,Ov)=>{"use strict";var Ag=Tv();Ov.exports=Ag});var kv=u((vP,Cv)=>{"use strict";var Ng=R(),Ue=ke(),Xe=Rv(),Fv=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],_g=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],Ii=16777216,Ai=5960464477539063e-23,We=Xe(20),Pv=Xe(20),Be=Xe(20),T=Xe(20);function Lv(r,e,t,i,a,n,s,o,v){var f,c,l,m,p,g,d,h,q;for(m=n,q=i[t],h=t,p=0;h>0;p++)c=Ai*q|0,T[p]=q-Ii*c|0,q=i[h-1]+c,h-=1;if(q=Ue(q,a),q-=8*Ng(q*.125),d=q|0,q-=d,l=0,a>0?(p=T[t-1]>>24-a,d+=p,T[t-1]-=p<<24-a,l=T[t-1]>>23-a):a===0?l=T[t-1]>>23:q>=.5&&(l=2),l>0){for(d+=1,f=0,p=0;p<t;p++)h=T[p],f===0?h!==0&&(f=1,T[p]=16777216-h):T[p]=16777215-h;if(a>0)switch(a){case 1:T[t-1]&=8388607;break;case 2:T[t-1]&=4194303;break}l===2&&(q=1-q,f!==0&&(q-=Ue(1,a)))}if(q===0){for(h=0,p=t-1;p>=n;p--)h|=T[p];if(h===0){for(g=1;T[n-g]===0;g++);for(p=t+1;p<=t+g;p++){for(v[o+p]=Fv[s+p],c=0,h=0;h<=o;h++)c+=r[h]*v[o+(p-h)];i[p]=c}return t+=g,Lv(r,e,t,i,a,n,s,o,v)}for(t-=1,a-=24;T[t]===0;)t-=1,a-=24}else q=Ue(q,-a),q>=Ii?(c=Ai*q|0,T[t]=q-Ii*c|0,t+=1,a+=24,T[t]=c):T[t]=q|0;for(c=Ue(1,a),p=t;p>=0;p--)i[p]=c*T[p],c*=Ai;for(p=t;p>=0;p--){for(c=0,g=0;g<=m&&g<=t-p;g++)c+=_g[g]*i[p+g];Be[t-p]=c}for(c=0,p=t;p>=0;p--)c+=Be[p];for(l===0?e[0]=c:e[0]=-c,c=Be[0]-c,p=1;p<=t;p++)c+=Be[p];return l===0?e[1]=c:e[1]=-c,d&7}function Eg(r,e,t,i){var a,n,s,o,v,f,c,l,m;for(n=4,o=i-1,s=(t-3)/24|0,s<0&&(s=0),f=t-24*(s+1),l=s-o,m=o+n,c=0;c<=m;c++)l<0?We[c]=0:We[c]=Fv[l],l+=1;for(c=0;c<=n;c++){for(a=0,l=0;l<=o;l++)a+=r[l]*We[o+(c-l)];Pv[c]=a}return v=n,Lv(r,e,v,Pv,f,n,s,o,We)}Cv.exports=Eg});var Gv=u((cP,Dv)=>{"use strict";var wg=Math.round;Dv.exports=wg});var Mv=u((fP,Hv)=>{"use strict";var Tg=Gv();Hv.exports=Tg});var Wv=u((lP,Uv)=>{"use strict";var Og=Mv(),bv=C(),Rg=.6366197723675814,Pg=1.5707963267341256,Fg=6077100506506192e-26,Lg=6077100506303966e-26,Cg=20222662487959506e-37,kg=20222662487111665e-37,Dg=84784276603689e-45,$v=2047;function Gg(r,e,t){var i,a,n,s,o,v,f;return a=Og(r*Rg),s=r-a*Pg,o=a*Fg,f=e>>20|0,t[0]=s-o,i=bv(t[0]),v=f-(i>>20&$v),v>16&&(n=s,o=a*Lg,s=n-o,o=a*Cg-(n-s-o),t[0]=s-o,i=bv(t[0]),v=f-(i>>20&$v),v>49&&(n=s,o=a*kg,s=n-o,o=a*Dg-(n-s-o),t[0]=s-o)),t[1]=s-t[0]-o,a}Uv.exports=Gg});var Xv=u((pP,Bv)=>{"use strict";var Hg=cr(),Mg=te(),bg=oi(),$g=C(),Ug=Iv(),Wg=re(),Bg=kv(),Ve=Wv(),Xg=0,Vg=16777216,pr=1.5707963267341256,Or=6077100506506192e-26,Qe=2*Or,Ye=3*Or,Ze=4*Or,Qg=598523,Yg=1072243195,Zg=1073928572,Jg=1074752122,Kg=1074977148,jg=1075183036,zg=1075388923,xg=1075594811,ry=1094263291,ae=[0,0,0],ne=[0,0];function ey(r,e){var t,i,a,n,s,o,v,f;if(a=$g(r)|0,n=a&Hg|0,n<=Yg)return e[0]=r,e[1]=0,0;if(n<=Jg)return(n&bg)===Qg?Ve(r,n,e):n<=Zg?a>0?(f=r-pr,e[0]=f-Or,e[1]=f-e[0]-Or,1):(f=r+pr,e[0]=f+Or,e[1]=f-e[0]+Or,-1):a>0?(f=r-2*pr,e[0]=f-Qe,e[1]=f-e[0]-Qe,2):(f=r+2*pr,e[0]=f+Qe,e[1]=f-e[0]+Qe,-2);if(n<=xg)return n<=jg?n===Kg?Ve(r,n,e):a>0?(f=r-3*pr,e[0]=f-Ye,e[1]=f-e[0]-Ye,3):(f=r+3*pr,e[0]=f+Ye,e[1]=f-e[0]+Ye,-3):n===zg?Ve(r,n,e):a>0?(f=r-4*pr,e[0]=f-Ze,e[1]=f-e[0]-Ze,4):(f=r+4*pr,e[0]=f+Ze,e[1]=f-e[0]+Ze,-4);if(n<ry)return Ve(r,n,e);if(n>=Mg)return e[0]=NaN,e[1]=NaN,0;for(t=Ug(r),i=(n>>20)-1046,f=Wg(n-(i<<20|0),t),o=0;o<2;o++)ae[o]=f|0,f=(f-ae[o])*Vg;for(ae[2]=f,s=3;ae[s-1]===Xg;)s-=1;return v=Bg(ae,ne,i,s,1),a<0?(e[0]=-ne[0],e[1]=-ne[1],-v):(e[0]=ne[0],e[1]=ne[1],v)}Bv.exports=ey});var Ni=u((mP,Vv)=>{"use strict";var ty=Xv();Vv.exports=ty});var Zv=u((dP,Yv)=>{"use strict";var iy=cr(),ay=te(),ny=C(),Qv=yi(),_i=hi(),sy=Ni(),oy=1072243195,uy=1045430272,er=[0,0];function vy(r){var e,t;if(e=ny(r),e&=iy,e<=oy)return e<uy?r:_i(r,0);if(e>=ay)return NaN;switch(t=sy(r,er),t&3){case 0:return _i(er[0],er[1]);case 1:return Qv(er[0],er[1]);case 2:return-_i(er[0],er[1]);default:return-Qv(er[0],er[1])}}Yv.exports=vy});var Ei=u((qP,Jv)=>{"use strict";var cy=Zv();Jv.exports=cy});var wi=u((gP,Kv)=>{"use strict";var fy=2.5066282746310007;Kv.exports=fy});var zv=u((yP,jv)=>{"use strict";function ly(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}jv.exports=ly});var e3=u((hP,r3)=>{"use strict";var py=wi(),xv=O(),my=w(),dy=zv(),qy=143.01608;function gy(r){var e,t,i;return e=1/r,e=1+e*dy(e),t=my(r),r>qy?(i=xv(r,.5*r-.25),t=i*(i/t)):t=xv(r,r-.5)/t,py*t*e}r3.exports=gy});var i3=u((SP,t3)=>{"use strict";var yy=.5772156649015329;t3.exports=yy});var n3=u((IP,a3)=>{"use strict";var hy=i3();function Sy(r,e){return e/((1+hy*r)*r)}a3.exports=Sy});var o3=u((AP,s3)=>{"use strict";function Iy(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}s3.exports=Iy});var d3=u((NP,m3)=>{"use strict";var Ay=I(),Ny=wr(),_y=di(),u3=N(),Ey=R(),wy=Ei(),v3=A(),c3=P(),f3=br(),l3=e3(),p3=n3(),Ty=o3();function Oy(r){var e,t,i,a;if(Ny(r)&&r<0||r===c3||Ay(r))return NaN;if(r===0)return _y(r)?c3:v3;if(r>171.61447887182297)return v3;if(r<-170.5674972726612)return 0;if(t=u3(r),t>33)return r>=0?l3(r):(i=Ey(t),(i&1)===0?e=-1:e=1,a=t-i,a>.5&&(i+=1,a=t-i),a=t*wy(f3*a),e*f3/(u3(a)*l3(t)));for(a=1;r>=3;)r-=1,a*=r;for(;r<0;){if(r>-1e-9)return p3(r,a);a/=r,r+=1}for(;r<2;){if(r<1e-9)return p3(r,a);a/=r,r+=1}return r===2?a:(r-=2,a*Ty(r))}m3.exports=Oy});var mr=u((_P,q3)=>{"use strict";var Ry=d3();q3.exports=Ry});var se=u((EP,g3)=>{"use strict";var Py=170;g3.exports=Py});var y3=u((wP,Fy)=>{Fy.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var S3=u((TP,h3)=>{"use strict";var Ly=I(),Cy=wr(),ky=mr(),Dy=A(),Gy=se(),Hy=y3();function My(r){return Ly(r)?NaN:Cy(r)?r<0?NaN:r<=Gy?Hy[r]:Dy:ky(r+1)}h3.exports=My});var Ti=u((OP,I3)=>{"use strict";var by=S3();I3.exports=by});var N3=u((RP,A3)=>{"use strict";function $y(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}A3.exports=$y});var E3=u((PP,_3)=>{"use strict";var Uy=N3();_3.exports=Uy});var T3=u((FP,w3)=>{"use strict";var Wy=E3();w3.exports=Wy});var $r=u((LP,O3)=>{"use strict";var By=10.900511;O3.exports=By});var H3=u((CP,G3)=>{"use strict";var R3=T3(),Xy=mr(),Vy=z(),P3=N(),F3=w(),L3=O(),C3=W(),Qy=Tr(),Yy=$r(),k3=se(),Zy=4269068009004705e289;function D3(r,e){var t,i,a;return r<C3?e>=k3?(i=D3(e,k3-e),i*=r,i*=Zy,1/i):1/(r*Xy(r+e)):(a=r+Yy-.5,r+e===r?P3(e/a)<C3?t=F3(-e):t=1:(P3(e)<10?t=F3((.5-r)*Vy(e/a)):t=L3(a/(a+e),r-.5),t*=R3(r)/R3(r+e)),t*=L3(Qy/(a+e),e),t)}G3.exports=D3});var B3=u((kP,W3)=>{"use strict";var Jy=N(),M3=R(),b3=mr(),$3=Ti(),U3=se(),Ky=H3();function jy(r,e){var t,i,a;if(r<=0||r+e<=0)return b3(r)/b3(r+e);if(i=M3(e),i===e){if(a=M3(r),a===r&&r<=U3&&r+e<=U3)return $3(a-1)/$3(i+a-1);if(Jy(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return Ky(r,e)}W3.exports=jy});var V3=u((DP,X3)=>{"use strict";var zy=B3();X3.exports=zy});var Y3=u((GP,Q3)=>{"use strict";function xy(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}Q3.exports=xy});var J3=u((HP,Z3)=>{"use strict";function rh(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}Z3.exports=rh});var x3=u((MP,z3)=>{"use strict";var K3=C(),eh=Dr(),th=I(),ih=vr(),ah=P(),nh=Y3(),sh=J3(),Je=.6931471803691238,Ke=19082149292705877e-26,oh=0x40000000000000,uh=.3333333333333333,j3=1048575,vh=2146435072,ch=1048576,fh=1072693248;function lh(r){var e,t,i,a,n,s,o,v,f,c,l,m;return r===0?ah:th(r)||r<0?NaN:(t=K3(r),n=0,t<ch&&(n-=54,r*=oh,t=K3(r)),t>=vh?r+r:(n+=(t>>20)-ih|0,t&=j3,v=t+614244&1048576|0,r=eh(r,t|v^fh),n+=v>>20|0,o=r-1,(j3&2+t)<3?o===0?n===0?0:n*Je+n*Ke:(s=o*o*(.5-uh*o),n===0?o-s:n*Je-(s-n*Ke-o)):(c=o/(2+o),m=c*c,v=t-398458|0,l=m*m,f=440401-t|0,a=l*nh(l),i=m*sh(l),v|=f,s=i+a,v>0?(e=.5*o*o,n===0?o-(e-c*(e+s)):n*Je-(e-(c*(e+s)+n*Ke)-o)):n===0?o-c*(o-s):n*Je-(c*(o-s)-n*Ke-o))))}z3.exports=lh});var F=u((bP,r6)=>{"use strict";var ph=x3();r6.exports=ph});var i6=u(($P,t6)=>{"use strict";var mh=C(),Oi=yi(),e6=hi(),dh=Ni(),qh=cr(),gh=te(),tr=[0,0],yh=1072243195,hh=1044381696;function Sh(r){var e,t;if(e=mh(r),e&=qh,e<=yh)return e<hh?1:Oi(r,0);if(e>=gh)return NaN;switch(t=dh(r,tr),t&3){case 0:return Oi(tr[0],tr[1]);case 1:return-e6(tr[0],tr[1]);case 2:return-Oi(tr[0],tr[1]);default:return e6(tr[0],tr[1])}}t6.exports=Sh});var n6=u((UP,a6)=>{"use strict";var Ih=i6();a6.exports=Ih});var u6=u((WP,o6)=>{"use strict";var Ah=I(),Nh=Er(),s6=n6(),Ri=Ei(),_h=N(),oe=Ce(),ue=br();function Eh(r){var e,t;return Ah(r)?NaN:Nh(r)?NaN:(t=r%2,e=_h(t),e===0||e===1?oe(0,t):e<.25?Ri(ue*t):e<.75?(e=.5-e,oe(s6(ue*e),t)):e<1.25?(t=oe(1,t)-t,Ri(ue*t)):e<1.75?(e-=1.5,-oe(s6(ue*e),t)):(t-=oe(2,t),Ri(ue*t)))}o6.exports=Eh});var c6=u((BP,v6)=>{"use strict";var wh=u6();v6.exports=wh});var l6=u((XP,f6)=>{"use strict";function Th(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}f6.exports=Th});var m6=u((VP,p6)=>{"use strict";function Oh(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}p6.exports=Oh});var q6=u((QP,d6)=>{"use strict";function Rh(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}d6.exports=Rh});var y6=u((YP,g6)=>{"use strict";function Ph(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}g6.exports=Ph});var S6=u((ZP,h6)=>{"use strict";function Fh(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}h6.exports=Fh});var A6=u((JP,I6)=>{"use strict";function Lh(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}I6.exports=Lh});var _6=u((KP,N6)=>{"use strict";function Ch(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}N6.exports=Ch});var w6=u((jP,E6)=>{"use strict";function kh(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}E6.exports=kh});var O6=u((zP,T6)=>{"use strict";function Dh(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}T6.exports=Dh});var P6=u((xP,R6)=>{"use strict";function Gh(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}R6.exports=Gh});var C6=u((rF,L6)=>{"use strict";var Hh=I(),Mh=Er(),bh=N(),Ur=F(),$h=Gr(),Uh=c6(),Wh=br(),Pi=A(),Bh=l6(),Xh=m6(),Vh=q6(),Qh=y6(),Yh=S6(),Zh=A6(),Jh=_6(),Kh=w6(),jh=O6(),zh=P6(),xh=.07721566490153287,rS=.3224670334241136,eS=1,tS=-.07721566490153287,iS=.48383612272381005,aS=-.1475877229945939,nS=.06462494023913339,sS=-.07721566490153287,oS=1,uS=.4189385332046727,je=1.4616321449683622,vS=4503599627370496,cS=72057594037927940,fS=13877787807814457e-33,F6=1.4616321449683622,lS=-.12148629053584961,pS=-3638676997039505e-33;function mS(r){var e,t,i,a,n,s,o,v,f,c,l,m,p;if(Hh(r)||Mh(r))return r;if(r===0)return Pi;if(r<0?(e=!0,r=-r):e=!1,r<fS)return-Ur(r);if(e){if(r>=vS||(f=Uh(r),f===0))return Pi;t=Ur(Wh/bh(f*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-Ur(r),r>=je-1+.27?(l=1-r,i=0):r>=je-1-.27?(l=r-(F6-1),i=1):(l=r,i=2)):(p=0,r>=je+.27?(l=2-r,i=0):r>=je-.27?(l=r-F6,i=1):(l=r-1,i=2)),i){case 0:m=l*l,s=xh+m*Bh(m),n=m*(rS+m*Xh(m)),o=l*s+n,p+=o-.5*l;break;case 1:m=l*l,c=m*l,s=iS+c*Yh(c),n=aS+c*Zh(c),a=nS+c*Jh(c),o=m*s-(pS-c*(n+l*a)),p+=lS+o;break;case 2:s=l*(sS+l*Kh(l)),n=oS+l*jh(l),p+=-.5*l+s/n;break}else if(r<8)switch(i=$h(r),l=r-i,o=l*(tS+l*Qh(l)),v=eS+l*Vh(l),p=.5*l+o/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=Ur(m)}else r<cS?(f=Ur(r),m=1/r,l=m*m,c=uS+m*zh(l),p=(r-.5)*(f-1)+c):p=r*(Ur(r)-1);return e&&(p=t-p),p}L6.exports=mS});var ve=u((eF,k6)=>{"use strict";var dS=C6();k6.exports=dS});var ir=u((tF,D6)=>{"use strict";var qS=709.782712893384;D6.exports=qS});var H6=u((iF,G6)=>{"use strict";var gS=14901161193847656e-24;G6.exports=gS});var b6=u((aF,M6)=>{"use strict";var yS=eval;M6.exports=yS});var U6=u((nF,$6)=>{"use strict";var hS=b6();function SS(){var r;try{hS('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}$6.exports=SS});var Fi=u((sF,W6)=>{"use strict";var IS=U6();W6.exports=IS});var X6=u((oF,B6)=>{"use strict";var ze=N(),AS=W(),NS=1e6;function _S(r,e){var t,i,a,n,s,o;if(o={},arguments.length>1&&(o=e),i=o.tolerance||AS,n=o.maxTerms||NS,s=o.initialValue||0,t=typeof r.next=="function",t===!0){for(a of r)if(s+=a,ze(i*s)>=ze(a)||--n===0)break}else do a=r(),s+=a;while(ze(i*s)<ze(a)&&--n);return s}B6.exports=_S});var Y6=u((uF,Q6)=>{"use strict";var V6=N(),ES=W(),wS=1e6;function TS(r,e){var t,i,a,n,s;s={},arguments.length>1&&(s=e),t=s.tolerance||ES,a=s.maxTerms||wS,n=s.initialValue||0;do i=r(),n+=i;while(V6(t*n)<V6(i)&&--a);return n}Q6.exports=TS});var Wr=u((vF,Z6)=>{"use strict";var OS=Fi(),RS=X6(),PS=Y6(),Li;OS()?Li=RS:Li=PS;Z6.exports=Li});var K6=u((cF,J6)=>{"use strict";function FS(r,e){var t=1,i=r,a=e;return n;function n(){var s=t;return t*=i/a,i-=1,s}}J6.exports=FS});var z6=u((fF,j6)=>{"use strict";var LS=Wr(),CS=K6();function kS(r,e){var t,i;return i=CS(r,e),t=LS(i),t}j6.exports=kS});var rc=u((lF,x6)=>{"use strict";var DS=w();function GS(r,e){var t,i,a,n;if(a=DS(-e),i=a,i!==0)for(t=i,n=1;n<r;++n)t/=n,t*=e,i+=t;return i}x6.exports=GS});var tc=u((pF,ec)=>{"use strict";function HS(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}ec.exports=HS});var ac=u((mF,ic)=>{"use strict";function MS(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}ic.exports=MS});var sc=u((dF,nc)=>{"use strict";function bS(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}nc.exports=bS});var uc=u((qF,oc)=>{"use strict";function $S(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}oc.exports=$S});var cc=u((gF,vc)=>{"use strict";function US(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}vc.exports=US});var lc=u((yF,fc)=>{"use strict";function WS(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}fc.exports=WS});var mc=u((hF,pc)=>{"use strict";function BS(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}pc.exports=BS});var qc=u((SF,dc)=>{"use strict";function XS(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}dc.exports=XS});var Sc=u((IF,hc)=>{"use strict";var VS=I(),gc=w(),QS=Mr(),YS=A(),ZS=P(),JS=tc(),KS=ac(),jS=sc(),zS=uc(),xS=cc(),rI=lc(),eI=mc(),tI=qc(),xe=1e-300,iI=13877787807814457e-33,yc=.8450629115104675,aI=.12837916709551256,nI=1,sI=-.0023621185607526594,oI=1,uI=-.009864944034847148,vI=1,cI=-.0098649429247001,fI=1;function lI(r){var e,t,i,a,n,s,o,v;if(VS(r))return NaN;if(r===YS)return 0;if(r===ZS)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<iI?1-r:(i=r*r,a=aI+i*JS(i),n=nI+i*KS(i),s=a/n,r<.25?1-(r+r*s):(a=r*s,a+=r-.5,.5-a));if(t<1.25)return n=t-1,o=sI+n*jS(n),v=oI+n*zS(n),e?1+yc+o/v:1-yc-o/v;if(t<28){if(n=1/(t*t),t<2.857142857142857)a=uI+n*xS(n),n=vI+n*rI(n);else{if(r<-6)return 2-xe;a=cI+n*eI(n),n=fI+n*tI(n)}return i=QS(t,0),a=gc(-(i*i)-.5625)*gc((i-t)*(i+t)+a/n),e?2-a/t:a/t}return e?2-xe:xe*xe}hc.exports=lI});var Ci=u((AF,Ic)=>{"use strict";var pI=Sc();Ic.exports=pI});var _c=u((NF,Nc)=>{"use strict";var mI=Ci(),Ac=b(),dI=w(),qI=br();function gI(r,e){var t,i,a,n,s;if(n=mI(Ac(e)),n!==0&&r>1){for(i=dI(-e)/Ac(qI*e),i*=e,t=.5,i/=t,a=i,s=2;s<r;++s)i/=s-t,i*=e,a+=i;n+=a}return n}Nc.exports=gI});var Rr=u((_F,Ec)=>{"use strict";var yI=-708.3964185322641;Ec.exports=yI});var Rc=u((EF,Oc)=>{"use strict";var Br=w(),rt=O(),hI=F(),wc=ir(),Tc=Rr();function SI(r,e){var t,i;return i=r*hI(e),e>=1?i<wc&&-e>Tc?t=rt(e,r)*Br(-e):r>=1?t=rt(e/Br(e/r),r):t=Br(i-e):i>Tc?t=rt(e,r)*Br(-e):e/r<wc?t=rt(e/Br(e/r),r):t=Br(i-e),t}Oc.exports=SI});var ki=u((wF,Pc)=>{"use strict";function II(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}Pc.exports=II});var Lc=u((TF,Fc)=>{"use strict";var AI=Function;Fc.exports=AI});var kc=u((OF,Cc)=>{"use strict";var NI=Lc();Cc.exports=NI});var Gc=u((RF,Dc)=>{"use strict";var _I=kc(),EI=ki();function wI(r){var e,t,i,a;if(r.length>500)return n;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,a=1;a<t;a++)e+="+x*",a<i&&(e+="("),e+=r[a];for(a=0;a<i-1;a++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new _I(e)();function n(s){return EI(r,s)}}Dc.exports=wI});var bc=u((PF,Mc)=>{"use strict";var TI=ur(),Hc=ki(),OI=Gc();TI(Hc,"factory",OI);Mc.exports=Hc});var Uc=u((FF,$c)=>{"use strict";function RI(r){var e=-r,t=-1,i=0;return a;function a(){return t*=e,i+=1,t/i}}$c.exports=RI});var Bc=u((LF,Wc)=>{"use strict";var PI=N(),FI=F(),LI=W(),CI=Wr(),kI=Uc();function DI(r){var e,t;return r<=-1?NaN:(t=PI(r),t>.95?FI(1+r)-r:t<LI?-r*r/2:(e={initialValue:-r},CI(kI(r),e)))}Wc.exports=DI});var Di=u((CF,Xc)=>{"use strict";var GI=Bc();Xc.exports=GI});var Qc=u((kF,Vc)=>{"use strict";var HI=6.283185307179586;Vc.exports=HI});var Zc=u((DF,Yc)=>{"use strict";function MI(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}Yc.exports=MI});var Kc=u((GF,Jc)=>{"use strict";function bI(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}Jc.exports=bI});var zc=u((HF,jc)=>{"use strict";function $I(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}jc.exports=$I});var rf=u((MF,xc)=>{"use strict";function UI(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}xc.exports=UI});var tf=u((bF,ef)=>{"use strict";function WI(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}ef.exports=WI});var nf=u(($F,af)=>{"use strict";function BI(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}af.exports=BI});var of=u((UF,sf)=>{"use strict";function XI(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}sf.exports=XI});var vf=u((WF,uf)=>{"use strict";function VI(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}uf.exports=VI});var ff=u((BF,cf)=>{"use strict";function QI(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}cf.exports=QI});var pf=u((XF,lf)=>{"use strict";var YI=bc(),ZI=Di(),JI=Ci(),Gi=b(),KI=w(),jI=Qc(),zI=Zc(),xI=Kc(),rA=zc(),eA=rf(),tA=tf(),iA=nf(),aA=of(),nA=vf(),sA=ff(),$=[0,0,0,0,0,0,0,0,0,0];function oA(r,e){var t,i,a,n,s;return i=(e-r)/r,a=-ZI(i),n=r*a,s=Gi(2*a),e<r&&(s=-s),$[0]=zI(s),$[1]=xI(s),$[2]=rA(s),$[3]=eA(s),$[4]=tA(s),$[5]=iA(s),$[6]=aA(s),$[7]=nA(s),$[8]=sA(s),$[9]=-.0005967612901927463,t=YI($,1/r),t*=KI(-n)/Gi(jI*r),e<r&&(t=-t),t+=JI(Gi(n))/2,t}lf.exports=oA});var df=u((VF,mf)=>{"use strict";function uA(r,e){var t=1,i=r,a=e;return n;function n(){var s=t;return i+=1,t*=a/i,s}}mf.exports=uA});var Hi=u((QF,qf)=>{"use strict";var vA=Wr(),cA=df();function fA(r,e,t){var i,a;return t=t||0,a=cA(r,e),i=vA(a,{initialValue:t}),i}qf.exports=fA});var yf=u((YF,gf)=>{"use strict";function lA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}gf.exports=lA});var Sf=u((ZF,hf)=>{"use strict";var pA=yf();hf.exports=pA});var ce=u((JF,If)=>{"use strict";var mA=Sf();If.exports=mA});var _f=u((KF,Nf)=>{"use strict";var dA=ce(),qA=ve(),gA=mr(),yA=Di(),hA=b(),SA=N(),dr=w(),fe=O(),Mi=rr(),bi=B(),Af=F(),IA=$e(),et=ir(),le=Rr(),$i=$r(),AA=Tr();function NA(r,e){var t,i,a,n,s,o,v;return a=r+$i-.5,v=(e-r-$i+.5)/a,r<1?e<=le||r<1/IA?dr(r*Af(e)-e-qA(r)):fe(e,r)*dr(-e)/gA(r):(SA(v*v*r)<=100&&r>150?(t=r*yA(v)+e*(.5-$i)/a,t=dr(t)):(n=r*Af(e/a),s=r-e,bi(n,s)<=le||Mi(n,s)>=et?(i=s/r,bi(n,s)/2>le&&Mi(n,s)/2<et?(o=fe(e/a,r/2)*dr(s/2),t=o*o):bi(n,s)/4>le&&Mi(n,s)/4<et&&e>r?(o=fe(e/a,r/4)*dr(s/4),t=o*o,t*=t):i>le&&i<et?t=fe(e*dr(i)/a,r):t=dr(n+s)):t=fe(e/a,r)*dr(s)),t*=hA(a/AA)/dA(r),t)}Nf.exports=NA});var Tf=u((jF,wf)=>{"use strict";var Ui=I(),_A=Er(),Ef=N(),EA=ee(),wA=F(),TA=O(),OA=Gr();function RA(r,e){var t,i;if(Ui(r)||Ui(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((Ef(e*(r-1))<.5||Ef(e)<.2)&&(i=wA(r)*e,i<.5))return EA(i)}else if(OA(e)!==e)return NaN;return t=TA(r,e)-1,_A(t)||Ui(t)?NaN:t}wf.exports=RA});var Rf=u((zF,Of)=>{"use strict";var PA=Tf();Of.exports=PA});var Ff=u((xF,Pf)=>{"use strict";function FA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}Pf.exports=FA});var Cf=u((rL,Lf)=>{"use strict";function LA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}Lf.exports=LA});var Df=u((eL,kf)=>{"use strict";function CA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}kf.exports=CA});var Hf=u((tL,Gf)=>{"use strict";var Wi=F(),kA=W(),DA=Ff(),GA=Cf(),HA=Df(),MA=.15896368026733398,bA=.5281534194946289,$A=.45201730728149414;function UA(r,e,t){var i,a,n,s;if(r<kA)return-Wi(r);if(e===0||t===0)return 0;if(a=0,r>2){if(r>=3){do r-=1,t-=1,a+=Wi(r);while(r>=3);t=r-2}return n=t*(r+1),s=DA(t),a+=n*MA+n*s,a}return r<1&&(a+=-Wi(r),t=e,e=r,r+=1),r<=1.5?(n=GA(e),i=e*t,a+=i*bA+i*n,a):(n=t*e,s=HA(-t),a+=n*$A+n*s,a)}Gf.exports=UA});var Wf=u((iL,Uf)=>{"use strict";var Mf=mr(),bf=ee(),WA=z(),BA=I(),$f=Hf();function XA(r){return BA(r)?NaN:r<0?r<-.5?Mf(1+r)-1:bf(-WA(r)+$f(r+2,r+1,r)):r<2?bf($f(r+1,r,r-1)):Mf(1+r)-1}Uf.exports=XA});var Xf=u((aL,Bf)=>{"use strict";var VA=Wf();Bf.exports=VA});var Qf=u((nL,Vf)=>{"use strict";function QA(r,e){var t,i,a,n;return t=-e,e=-e,i=r+1,a=1,s;function s(){return n=t/i,t*=e,a+=1,t/=a,i+=1,n}}Vf.exports=QA});var Zf=u((sL,Yf)=>{"use strict";var YA=Rf(),ZA=Wr(),JA=Xf(),KA=Qf();function jA(r,e,t){var i,a,n,s,o;return a=JA(r),n=(a+1)/r,s=YA(e,r),a-=s,a/=r,o=KA(r,e),s+=1,i=t?n:0,a=-s*ZA(o,{initialValue:(i-a)/s}),t&&(a=-a),[a,n]}Yf.exports=jA});var Bi=u((oL,Jf)=>{"use strict";var zA=11754943508222875e-54;Jf.exports=zA});var jf=u((uL,Kf)=>{"use strict";var tt=N(),X=Bi(),xA=W(),rN=1e6;function eN(r,e,t){var i,a,n,s,o,v,f;if(i=typeof r.next=="function",f=i?r.next().value:r(),s=f[1],n=f[0],s===0&&(s=X),o=s,v=0,i===!0)do f=r.next().value,f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,a=o*v,s*=a);while(tt(a-1)>e&&--t);else do f=r(),f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,a=o*v,s*=a);while(f&&tt(a-1)>e&&--t);return n/s}function tN(r,e,t){var i,a,n,s,o,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),n=v[1],n===0&&(n=X),s=n,o=0,i===!0)do v=r.next().value,v&&(o=v[1]+v[0]*o,o===0&&(o=X),s=v[1]+v[0]/s,s===0&&(s=X),o=1/o,a=s*o,n*=a);while(v&&tt(a-1)>e&&--t);else do v=r(),v&&(o=v[1]+v[0]*o,o===0&&(o=X),s=v[1]+v[0]/s,s===0&&(s=X),o=1/o,a=s*o,n*=a);while(v&&tt(a-1)>e&&--t);return n}function iN(r,e){var t,i,a;return i={},arguments.length>1&&(i=e),t=i.maxIter||rN,a=i.tolerance||xA,i.keep?tN(r,a,t):eN(r,a,t)}Kf.exports=iN});var r4=u((vL,xf)=>{"use strict";var zf=N(),aN=W(),Xr=Bi(),nN=1e6;function sN(r,e,t){var i,a,n,s,o,v;v=r(),o=v[1],a=v[0],o===0&&(o=Xr),n=o,s=0;do v=r(),v&&(s=v[1]+v[0]*s,s===0&&(s=Xr),n=v[1]+v[0]/n,n===0&&(n=Xr),s=1/s,i=n*s,o*=i);while(v&&zf(i-1)>e&&--t);return a/o}function oN(r,e,t){var i,a,n,s,o;o=r(),s=o[1],s===0&&(s=Xr),a=s,n=0;do o=r(),o&&(n=o[1]+o[0]*n,n===0&&(n=Xr),a=o[1]+o[0]/a,a===0&&(a=Xr),n=1/n,i=a*n,s*=i);while(o&&zf(i-1)>e&&--t);return s}function uN(r,e){var t,i,a;return i={},arguments.length>1&&(i=e),a=i.tolerance||aN,t=i.maxIter||nN,i.keep?oN(r,a,t):sN(r,a,t)}xf.exports=uN});var Vi=u((cL,e4)=>{"use strict";var vN=Fi(),cN=jf(),fN=r4(),Xi;vN()?Xi=cN:Xi=fN;e4.exports=Xi});var i4=u((fL,t4)=>{"use strict";function lN(r,e){var t=e-r+1,i=r,a=0;return n;function n(){return a+=1,t+=2,[a*(i-a),t]}}t4.exports=lN});var Qi=u((lL,a4)=>{"use strict";var pN=Vi(),mN=i4();function dN(r,e){var t=mN(r,e);return 1/(e-r+1+pN(t))}a4.exports=dN});var u4=u((pL,o4)=>{"use strict";var qN=R(),pe=mr(),Yi=N(),n4=O(),gN=F(),yN=H6(),s4=$e(),hN=ir(),SN=z6(),IN=rc(),AN=_c(),Zi=Rc(),NN=pf(),_N=Hi(),Ji=_f(),EN=Zf(),wN=Qi();function TN(r,e,t,i){var a,n,s,o,v,f,c,l,m,p,g,d,h,q;switch(c=0,l=i,f=e<30&&e<=r+1&&r<hN,f?(h=qN(e),m=h===e,s=m?!1:Yi(h-e)===.5):(m=!1,s=!1),m&&r>.6?(l=!l,n=0):s&&r>.2?(l=!l,n=1):r<yN&&e>1?n=6:r>1e3&&(e<r||Yi(e-50)/r<1)?(l=!l,n=7):r<.5?-.4/gN(r)<e?n=2:n=3:r<1.1?r*.75<e?n=2:n=3:(v=!1,t&&e>20&&(p=Yi((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?n=5:r-1/(3*r)<e?n=2:(n=4,l=!l)),n){case 0:c=IN(e,r),t===!1&&(c*=pe(e));break;case 1:c=AN(e,r),t===!1&&(c*=pe(e));break;case 2:c=t?Ji(e,r):Zi(e,r),c!==0&&(o=0,a=!1,l&&(o=t?1:pe(e),t||c>=1||s4*c>o?(o/=c,t||e<1||s4/e>o?(o*=-e,a=!0):o=0):o=0),c*=_N(e,r,o)/e,a&&(l=!1,c=-c));break;case 3:l=!l,g=EN(e,r,l),c=g[0],q=g[1],l=!1,t&&(c/=q);break;case 4:c=t?Ji(e,r):Zi(e,r),c!==0&&(c*=wN(e,r));break;case 5:c=NN(e,r),r>=e&&(l=!l);break;case 6:c=t?n4(r,e)/pe(e+1):n4(r,e)/e,c*=1-e*r/(e+1);break;case 7:c=t?Ji(e,r):Zi(e,r),c/=r,c!==0&&(c*=SN(e,r));break}return t&&c>1&&(c=1),l&&(d=t?1:pe(e),c=d-c),c}o4.exports=TN});var l4=u((mL,f4)=>{"use strict";var ON=ve(),RN=w(),V=F(),PN=wi(),FN=ir(),LN=A(),CN=se(),v4=u4(),c4=Hi(),kN=Qi();function DN(r,e,t,i){var a,n,s,o;return r<0||e<=0?NaN:(a=t===void 0?!0:t,s=i,e>=CN&&!a?(s&&e*4<r?(o=e*V(r)-r,o+=V(kN(e,r))):!s&&e>4*r?(o=e*V(r)-r,n=0,o+=V(c4(e,r,n)/e)):(o=v4(r,e,!0,s),o===0?s?(o=1+1/(12*e)+1/(288*e*e),o=V(o)-e+(e-.5)*V(e),o+=V(PN)):(o=e*V(r)-r,n=0,o+=V(c4(e,r,n)/e)):o=V(o)+ON(e)),o>FN?LN:RN(o)):v4(r,e,a,s))}f4.exports=DN});var m4=u((dL,p4)=>{"use strict";var GN=l4();p4.exports=GN});var y4=u((qL,g4)=>{"use strict";var Vr=w(),it=O(),HN=F(),d4=ir(),q4=Rr();function MN(r,e){var t,i;return i=r*HN(e),e>=1?i<d4&&-e>q4?t=it(e,r)*Vr(-e):r>=1?t=it(e/Vr(e/r),r):t=Vr(i-e):i>q4?t=it(e,r)*Vr(-e):e/r<d4?t=it(e/Vr(e/r),r):t=Vr(i-e),t}g4.exports=MN});var I4=u((gL,S4)=>{"use strict";var bN=ce(),$N=ve(),UN=mr(),WN=z(),BN=b(),XN=N(),qr=w(),me=O(),Ki=rr(),ji=B(),h4=F(),at=ir(),de=Rr(),zi=$r(),VN=Tr();function QN(r,e){var t,i,a,n,s,o,v;return a=r+zi-.5,v=(e-r-zi+.5)/a,r<1?e<=de?qr(r*h4(e)-e-$N(r)):me(e,r)*qr(-e)/UN(r):(XN(v*v*r)<=100&&r>150?(t=r*(WN(v)-v)+e*(.5-zi)/a,t=qr(t)):(n=r*h4(e/a),s=r-e,ji(n,s)<=de||Ki(n,s)>=at?(i=s/r,ji(n,s)/2>de&&Ki(n,s)/2<at?(o=me(e/a,r/2)*qr(s/2),t=o*o):ji(n,s)/4>de&&Ki(n,s)/4<at&&e>r?(o=me(e/a,r/4)*qr(s/4),t=o*o,t*=t):i>de&&i<at?t=me(e*qr(i)/a,r):t=qr(n+s)):t=me(e/a,r)*qr(s)),t*=BN(a/VN)/bN(r),t)}S4.exports=QN});var w4=u((yL,E4)=>{"use strict";var YN=V3(),A4=Ti(),ZN=m4(),JN=z(),nt=N(),N4=O(),KN=F(),jN=Hr(),_4=W(),zN=y4(),xN=I4(),gr=new Array(30);function r_(r,e,t,i,a,n,s){var o,v,f,c,l,m,p,g,d,h,q,S,y,k,_,H,M,L;if(m=e-1,M=r+m/2,i<.35?h=JN(-i):h=KN(t),L=-M*h,S=xN(e,L),S<=jN)return a;for(s?(o=S/YN(r,e),o/=N4(M,e)):o=zN(e,L)/N4(M,e),o*=n,gr[0]=1,y=ZN(L,e,!0,!0),y/=S,c=a+o*y,f=1,p=h/2,p*=p,g=1,q=4*M*M,l=e,_=1;_<gr.length;++_){for(f+=2,gr[_]=0,d=e-_,v=3,k=1;k<_;++k)d=k*e-_,gr[_]+=d*gr[_-k]/A4(v),v+=2;if(gr[_]/=_,gr[_]+=m/A4(f),y=(l*(l+1)*y+(L+l+1)*g)/q,g*=p,l+=2,H=o*gr[_]*y,c+=H,H>1){if(nt(H)<nt(_4*c))break}else if(nt(H/_4)<nt(c))break}return c}E4.exports=r_});var O4=u((hL,T4)=>{"use strict";function e_(r,e,t){var i,a;if(t===0)return 1;for(i=1,a=0;a<t;a++)i*=(r+a)/(e+a);return i}T4.exports=e_});var F4=u((SL,P4)=>{"use strict";var R4=N(),t_=rr();function i_(r,e){return t_(R4(r),R4(e))}P4.exports=i_});var C4=u((IL,L4)=>{"use strict";var a_=F4();L4.exports=a_});var G4=u((AL,D4)=>{"use strict";var k4=N(),n_=B();function s_(r,e){return n_(k4(r),k4(e))}D4.exports=s_});var M4=u((NL,H4)=>{"use strict";var o_=G4();H4.exports=o_});var ot=u((_L,U4)=>{"use strict";var xi=ce(),u_=C4(),v_=M4(),b4=ee(),yr=z(),$4=b(),st=N(),Q=w(),Y=O(),c_=B(),D=F(),Z=ir(),Qr=Rr(),r0=$r(),f_=Tr();function l_(r,e,t,i,a){var n,s,o,v,f,c,l,m,p,g,d,h,q,S;if(!a)return Y(t,r)*Y(i,e);if(q=r+e,v=r+r0-.5,f=e+r0-.5,c=q+r0-.5,n=xi(q),n/=xi(r)*xi(e),n*=$4(f/f_),n*=$4(v/c),l=(t*e-i*v)/v,m=(i*r-t*f)/f,v_(l,m)<.2)if(l*m>0||c_(r,e)<1)st(l)<.1?n*=Q(r*yr(l)):n*=Y(t*c/v,r),st(m)<.1?n*=Q(e*yr(m)):n*=Y(i*c/f,e);else if(u_(l,m)<.5)s=r<e,o=e/r,s&&o*m<.1||!s&&l/o>.1?(p=b4(o*yr(m)),p=l+p+p*l,p=r*yr(p),n*=Q(p)):(p=b4(yr(l)/o),p=m+p+p*m,p=e*yr(p),n*=Q(p));else if(st(l)<st(m))if(S=r*yr(l)+e*D(i*c/f),S<=Qr||S>=Z){if(S+=D(n),S>=Z)return NaN;n=Q(S)}else n*=Q(S);else if(S=e*yr(m)+r*D(t*c/v),S<=Qr||S>=Z){if(S+=D(n),S>=Z)return NaN;n=Q(S)}else n*=Q(S);else if(d=t*c/v,h=i*c/f,l=r*D(d),m=e*D(h),l>=Z||l<=Qr||m>=Z||m<=Qr)if(r<e)if(g=Y(h,e/r),p=r*(D(d)+D(g)),p<Z&&p>Qr)n*=Y(g*d,r);else{if(m+=l+D(n),m>=Z)return NaN;n=Q(m)}else if(g=Y(d,r/e),p=(D(g)+D(h))*e,p<Z&&p>Qr)n*=Y(g*h,e);else{if(m+=l+D(n),m>=Z)return NaN;n=Q(m)}else n*=Y(d,r)*Y(h,e);return n}U4.exports=l_});var B4=u((EL,W4)=>{"use strict";var p_=Vi(),m_=ot(),d_={keep:!0,maxIter:1e3};function q_(r,e,t,i){var a=0;return n;function n(){var s,o,v;return o=(r+a-1)*(r+e+a-1)*a*(e-a)*t*t,s=r+2*a-1,o/=s*s,v=a,v+=a*(e-a)*t/(r+2*a-1),v+=(r+a)*(r*i-e*t+1+a*(2-t))/(r+2*a+1),a+=1,[o,v]}}function g_(r,e,t,i,a,n){var s,o,v;return s=m_(r,e,t,i,a),n&&(n[1]=s),s===0?s:(v=q_(r,e,t,i),o=p_(v,d_),s/o)}W4.exports=g_});var V4=u((wL,X4)=>{"use strict";var y_=9007199254740991;X4.exports=y_});var Y4=u((TL,Q4)=>{"use strict";function h_(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}Q4.exports=h_});var J4=u((OL,Z4)=>{"use strict";function S_(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}Z4.exports=S_});var t5=u((RL,e5)=>{"use strict";var K4=I(),j4=wr(),z4=A(),x4=P(),r5=gi(),I_=Y4(),A_=J4();function N_(r,e){return K4(r)||K4(e)?NaN:r===z4||e===z4||r===x4||e===x4?NaN:j4(r)&&j4(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=r5&&e<=r5?I_(r,e):A_(r,e)):NaN}e5.exports=N_});var a5=u((PL,i5)=>{"use strict";var __=t5();i5.exports=__});var u5=u((FL,o5)=>{"use strict";var E_=V4(),w_=A(),n5=wr(),s5=I(),T_=De(),O_=R(),R_=a5();function e0(r,e){var t,i,a,n,s,o,v;if(s5(r)||s5(e))return NaN;if(!n5(r)||!n5(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,T_(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=O_(E_/r),t=1,s=1;s<=e&&!(t>v);s++)t*=r,t/=s,r-=1;return s>e?i*t:(a=e0(r,e-s+1),a===w_?i*a:(n=e0(e,e-s+1),o=R_(a,n),a/=o,n/=o,t/=n,i*t*a))}o5.exports=e0});var c5=u((LL,v5)=>{"use strict";var P_=u5();v5.exports=P_});var p5=u((CL,l5)=>{"use strict";var f5=c5(),Pr=R(),qe=O(),F_=Hr();function L_(r,e,t,i){var a,n,s,o,v;if(n=qe(t,r),n>F_)for(o=n,v=Pr(r-1);v>e;v--)o*=(v+1)*i/((r-v)*t),n+=o;else if(s=Pr(r*t),s<=e+1&&(s=Pr(e+2)),n=qe(t,s)*qe(i,r-s),n*=f5(Pr(r),Pr(s)),n===0)for(v=s-1;v>e;v--)n+=qe(t,v)*qe(i,r-v),n*=f5(Pr(r),Pr(v));else{for(o=n,a=n,v=s-1;v>e;v--)o*=(v+1)*i/((r-v)*t),n+=o;for(o=a,v=s+1;v<=r;v++)o*=(r-v+1)*t/(v*i),n+=o}return n}l5.exports=L_});var d5=u((kL,m5)=>{"use strict";var C_=ot();function k_(r,e,t,i,a,n,s){var o,v,f,c;if(o=C_(r,e,t,i,n),s&&(s[1]=o),o/=r,o===0)return o;for(f=1,v=1,c=0;c<a-1;++c)v*=(r+e+c)*t/(r+c+1),f+=v;return o*=f,o}m5.exports=k_});var S5=u((DL,h5)=>{"use strict";var t0=ce(),D_=Wr(),G_=z(),H_=b(),i0=w(),ut=O(),ge=F(),M_=Hr(),q5=ir(),g5=Rr(),a0=$r(),b_=Tr(),y5={maxTerms:100};function $_(r,e,t,i){var a=1-e,n=1;return s;function s(){var o=i/r;return r+=1,i*=a*t/n,n+=1,a+=1,o}}function U_(r,e,t,i,a,n,s){var o,v,f,c,l,m,p,g;return a?(p=r+e,v=r+a0-.5,f=e+a0-.5,c=p+a0-.5,o=t0(p)/(t0(r)*t0(e)),l=ge(c/f)*(e-.5),m=ge(t*c/v)*r,l>g5&&l<q5&&m>g5&&m<q5?(r*e<f*10?o*=i0((e-.5)*G_(r/f)):o*=ut(c/f,e-.5),o*=ut(t*c/v,r),o*=H_(v/b_),n&&(n[1]=o*ut(s,e))):(o=ge(o)+l+m+(ge(v)-1)/2,n&&(n[1]=i0(o+e*ge(s))),o=i0(o))):o=ut(t,r),o<M_?i:(g=$_(r,e,t,o),y5.initialValue=i,D_(g,y5))}h5.exports=U_});var o0=u((GL,T5)=>{"use strict";var W_=I(),B_=ee(),vt=R(),I5=z(),A5=lu(),G=H2(),n0=b(),X_=w(),ye=O(),V_=rr(),N5=B(),ct=$e(),_5=Hr(),Q_=gi(),Y_=tv(),w5=br(),hr=w4(),s0=O4(),Z_=ot(),E5=B4(),J_=p5(),he=d5(),J=S5(),K_=1/w5;function j_(r,e,t,i,a,n,s,o){var v,f,c,l,m,p,g,d,h,q,S,y;if(y=1-r,g=o,d=o+s,n[d]=-1,W_(r)||r<0||r>1)return n[g]=NaN,n[d]=NaN,n;if(i){if(e<0||t<0)return n[g]=NaN,n[d]=NaN,n;if(e===0){if(t===0)return n[g]=NaN,n[d]=NaN,n;if(t>0)return n[g]=a?0:1,n}else if(t===0&&e>0)return n[g]=a?1:0,n}else if(e<=0||t<=0)return n[g]=NaN,n[d]=NaN,n;return r===0?(e===1?n[d]=1:n[d]=e<1?ct/2:_5*2,a?(n[g]=i?1:G(e,t),n):(n[g]=0,n)):r===1?(t===1?n[d]=1:n[d]=t<1?ct/2:_5*2,a?n[g]=0:n[g]=i?1:G(e,t),n):e===.5&&t===.5?(n[d]=K_*n0(y*r),S=A5(n0(a?y:r)),S/=Y_,i||(S*=w5),n[g]=S,n):(e===1&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),t===1?e===1?(n[g]=a?y:r,n[d]=1,n):(n[d]=e*ye(r,e-1),y<.5?S=a?-B_(e*I5(-y)):X_(e*I5(-y)):S=a?-(ye(r,e)-1):ye(r,e),i||(S/=e),n[g]=S,n):(N5(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),V_(e,t)<=1?e>=N5(.2,t)||ye(r,e)<=.9?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):(p=t,t=e,e=p,p=y,y=r,r=p,a=!a,y>=.3?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):(i?f=1:f=s0(e+t,e,20),c=he(e,t,r,y,20,i,n),a?(c-=i?1:G(e,t),a=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i))):t<=1||r<.1&&ye(t*r,e)<=.7?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):(p=t,t=e,e=p,p=y,y=r,r=p,a=!a,y>=.3?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):e>=15?a?(c=-(i?1:G(e,t)),a=!1,c=-hr(e,t,r,y,c,1,i)):c=hr(e,t,r,y,0,1,i):(i?f=1:f=s0(e+t,e,20),c=he(e,t,r,y,20,i,n),a?(c-=i?1:G(e,t),a=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*y-t,v<0&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),t<40?vt(e)===e&&vt(t)===t&&e<Q_-100?(h=e-1,q=t+h,c=J_(q,h,r,y),i||(c*=G(e,t))):t*r<=.7?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):e>15?(q=vt(t),q===t&&(q-=1),l=t-q,i?f=1:f=s0(e+l,l,q),c=he(l,e,y,r,q,i),c=hr(e,l,r,y,c,1,i),c/=f):i?(q=vt(t),l=t-q,l<=0&&(q-=1,l+=1),c=he(l,e,y,r,q,i),c+=he(e,l,r,y,20,i),a&&(c-=1),c=hr(e+20,l,r,y,c,1,i),a&&(c=-c,a=!1)):c=E5(e,t,r,y,i,n):c=E5(e,t,r,y,i,n)),n[d]<0&&(n[d]=Z_(e,t,r,y,!0)),m=y*r,n[d]!==0&&(ct*m<n[d]?n[d]=ct/2:n[d]/=m),n[g]=a?(i?1:G(e,t))-c:c,n))}T5.exports=j_});var R5=u((HL,O5)=>{"use strict";var z_=o0();function x_(r,e,t,i,a){return z_(r,e,t,i,a,[0,0],1,0)}O5.exports=x_});var L5=u((ML,F5)=>{"use strict";var rE=ur(),P5=R5(),eE=o0();rE(P5,"assign",eE);F5.exports=P5});var k5=u((bL,C5)=>{"use strict";var tE=L5().assign;function iE(r,e,t,i,a){var n=[0,0];return i=i!==!1,a=a===!0,tE(r,e,t,i,a,n,1,0),n[0]}C5.exports=iE});var u0=u(($L,D5)=>{"use strict";var aE=k5();D5.exports=aE});var H5=u((UL,G5)=>{"use strict";var nE=Ar(),sE=u0(),v0=I(),oE=R(),uE=A();function vE(r,e,t){return v0(r)||v0(e)||v0(t)||t<0||t>1||!nE(e)||e===uE?NaN:r<0?0:r>=e?1:(r=oE(r+1e-7),sE(t,r+1,e-r,!0,!0))}G5.exports=vE});var b5=u((WL,M5)=>{"use strict";function cE(r){return e;function e(){return r}}M5.exports=cE});var ft=u((BL,$5)=>{"use strict";var fE=b5();$5.exports=fE});var W5=u((XL,U5)=>{"use strict";var lE=Ar(),pE=ft(),mE=u0(),c0=I(),dE=R(),qE=A();function gE(r,e){if(c0(r)||c0(e)||e<0||e>1||!lE(r)||r===qE)return pE(NaN);return t;function t(i){return c0(i)?NaN:i<0?0:i>=r?1:(i=dE(i+1e-7),mE(e,i+1,r-i,!0,!0))}}U5.exports=gE});var V5=u((VL,X5)=>{"use strict";var yE=ur(),B5=H5(),hE=W5();yE(B5,"factory",hE);X5.exports=B5});var Y5=u((QL,Q5)=>{"use strict";var SE=R();function IE(r){return SE(r)===r&&r<0}Q5.exports=IE});var J5=u((YL,Z5)=>{"use strict";var AE=Y5();Z5.exports=AE});var j5=u((ZL,K5)=>{"use strict";var NE=J5(),_E=ve();function EE(r){return NE(r)?NaN:_E(r+1)}K5.exports=EE});var f0=u((JL,z5)=>{"use strict";var wE=j5();z5.exports=wE});var el=u((KL,rl)=>{"use strict";var lt=Ar(),pt=I(),TE=w(),ar=f0(),OE=rr(),RE=B(),x5=A();function PE(r,e,t,i){var a,n,s,o,v;return pt(r)||pt(e)||pt(t)||pt(i)||!lt(e)||!lt(t)||!lt(i)||e===x5||t===x5||t>e||i>e?NaN:(v=OE(0,i+t-e),o=RE(t,i),lt(r)&&v<=r&&r<=o?(n=ar(i)+ar(t)+ar(e-i)+ar(e-t),a=ar(e)+ar(r)+ar(i-r),a+=ar(t-r)+ar(e-t+r-i),s=n-a,TE(s)):0)}rl.exports=PE});var al=u((jL,il)=>{"use strict";var mt=Ar(),dt=I(),FE=ft(),LE=w(),nr=f0(),CE=rr(),kE=B(),tl=A();function DE(r,e,t){var i,a;if(dt(r)||dt(e)||dt(t)||!mt(r)||!mt(e)||!mt(t)||r===tl||e===tl||e>r||t>r)return FE(NaN);return a=CE(0,t+e-r),i=kE(e,t),n;function n(s){var o,v,f;return dt(s)?NaN:mt(s)&&a<=s&&s<=i?(v=nr(t)+nr(e)+nr(r-t)+nr(r-e),o=nr(r)+nr(s)+nr(t-s),o+=nr(e-s)+nr(r-e+s-t),f=v-o,LE(f)):0}}il.exports=DE});var l0=u((zL,sl)=>{"use strict";var GE=ur(),nl=el(),HE=al();GE(nl,"factory",HE);sl.exports=nl});var p0=u((xL,ol)=>{"use strict";function ME(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}ol.exports=ME});var fl=u((rC,cl)=>{"use strict";var m0=Ar(),qt=I(),bE=Gr(),$E=rr(),ul=B(),UE=l0(),vl=A(),WE=j(),BE=p0();function XE(r,e,t,i){var a,n,s,o,v;if(qt(r)||qt(e)||qt(t)||qt(i)||!m0(e)||!m0(t)||!m0(i)||e===vl||t===vl||t>e||i>e)return NaN;if(r=bE(r),r<$E(0,i+t-e))return 0;if(r>=ul(i,t))return 1;for(n=new WE(r+1),n[r]=UE(r,e,t,i),v=r-1;v>=0;v--)s=(v+1)*(e-t-(i-v-1)),a=(t-v)*(i-v),n[v]=s/a*n[v+1];return o=BE(n),ul(o,1)}cl.exports=XE});var dl=u((eC,ml)=>{"use strict";var d0=Ar(),gt=I(),VE=ft(),QE=Gr(),YE=rr(),ll=B(),ZE=l0(),pl=A(),JE=j(),KE=p0();function jE(r,e,t){if(gt(r)||gt(e)||gt(t)||!d0(r)||!d0(e)||!d0(t)||r===pl||e===pl||e>r||t>r)return VE(NaN);return i;function i(a){var n,s,o,v,f;if(gt(a))return NaN;if(a=QE(a),a<YE(0,t+e-r))return 0;if(a>=ll(t,e))return 1;for(s=new JE(a+1),s[a]=ZE(a,r,e,t),f=a-1;f>=0;f--)o=(f+1)*(r-e-(t-f-1)),n=(e-f)*(t-f),s[f]=o/n*s[f+1];return v=KE(s),ll(v,1)}}ml.exports=jE});var yl=u((tC,gl)=>{"use strict";var zE=ur(),ql=fl(),xE=dl();zE(ql,"factory",xE);gl.exports=ql});var Cr=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],_e=r=>Cr.indexOf(r),Fl=_e("POST_TEST_TRAFFIC_SHIFT"),jr=_e("PRE_PRODUCTION_TRAFFIC_SHIFT"),j0=_e("CLEAN_UP"),Lr=["SUCCESSFUL","STOPPED","ROLLBACK_SUCCESSFUL","ROLLBACK_FAILED"],Ll=["ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS","STOP_REQUESTED"],_t=["PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"];function Cl(r,e,t){if(t!=="IN_PROGRESS"&&t!=="SUCCESSFUL")return[];let i=r===void 0||r==="RECONCILE_SERVICE"?-1:_t.indexOf(r),a=_t.indexOf(e);return a<0||i<0&&r!==void 0&&r!=="RECONCILE_SERVICE"||a<=i?[]:_t.slice(i+1,a)}async function x0(r,e){let t=r.verify.every(o=>o.length===0),i,a=new Set(r.answered),n=r.clock.now(),s=await Fr(async()=>{let o=await r.ecs.describeServiceDeployment(r.arn,r.signal);if(!o)throw new Error(`ECS does not know service deployment ${r.arn}`);let v=o.lifecycleStage??"PENDING",f=o.status??"PENDING",c=!1;if(o.lifecycleStage&&e.at(-1)?.stage!==v){for(let d of Cl(e.at(-1)?.stage,v,f))e.push({stage:d,at:r.clock.now(),between:!0}),r.timeline.note("stage",`${d} (passed between two looks)`);e.push({stage:v,at:r.clock.now()}),await r.onStage?.(v,o),c=!0}c=r.timeline.observe("stage",`${v} (${f})`)||c;let l=o.targetServiceRevision?.requestedProductionTrafficWeight;if(l!==void 0&&l!==i&&(i=l,r.onWeight?.(l)),c=r.timeline.observe("traffic",Gl(o))||c,Lr.includes(f)||Ll.includes(f)){if(f==="SUCCESSFUL"){let d=Se(r.clock.now()-n);return U({ok:!0,deployment:o,reason:`ECS completed ${E(r.arn)} in ${d}`})}return Lr.includes(f)?U({ok:!1,cause:"ecs",deployment:o,reason:Dl(o)}):Sr(c)}let m=_e(v),p={...r.gateContext,signal:r.signal??new AbortController().signal};if(!t&&m>=Fl&&m<j0){for(let d of r.verify.filter(h=>h.length>0)){let h=await z0(d,p,"verify",r);if(h)return U({ok:!1,cause:"gate",stage:v,...h})}t=!0,c=!0}if(m>=jr&&m<j0&&r.watch.length>0){let d=await z0(r.watch,p,v,r);if(d)return U({ok:!1,cause:"gate",stage:v,...d})}let g=kl(o,a);if(g&&r.onPause){let d={hookId:g,stage:v,verified:t};if(r.timeline.note("hook",`ECS holds the deployment at a PAUSE hook during ${v}`),await r.onPause(d)==="hold")return U({ok:!0,deployment:o,reason:`held at ${v}`,paused:d});a.add(g),c=!0}return Sr(c)},{clock:r.clock,intervalMs:r.intervalMs,maxIntervalMs:r.intervalMs,deadline:r.deadline,signal:r.signal,onError:o=>r.timeline.note("error",`${o.message} (will retry)`)});return s.done?s.value:{ok:!1,cause:"timeout",reason:`service deployment ${E(r.arn)} not done within wait-timeout (plus the bake and step times ECS takes): ${r.timeline.latest(["stage","traffic"])}`}}async function z0(r,e,t,i){let a=await E0(r,e);i.onReports?.(t,a);for(let s of a)i.timeline.observe(s.gate,s.observed);let n=a.find(s=>s.state==="failed")??a.find(s=>s.state!=="passed");return n?{gate:n.gate,reason:n.observed}:void 0}function kl(r,e){return r.lifecycleHookDetails?.find(t=>t.targetType==="PAUSE"&&t.status==="AWAITING_ACTION"&&t.hookId&&!e.has(t.hookId))?.hookId}function Dl(r){let e=E(r.serviceDeploymentArn),t=r.statusReason?`: ${r.statusReason}`:"",i=r.rollback?.reason?` (rollback: ${r.rollback.reason})`:"";return`ECS ended service deployment ${e} with ${r.status}${t}${i}`}function Gl(r){let e=r.targetServiceRevision,t=r.sourceServiceRevisions??[],i=o=>t.reduce((v,f)=>v+(f[o]??0),0),a=`production ${e?.requestedProductionTrafficWeight??0}% new / ${i("requestedProductionTrafficWeight")}% old`,n=`test ${e?.requestedTestTrafficWeight??0}% new`,s=`${e?.runningTaskCount??0}/${e?.requestedTaskCount??0} new tasks running`;return`${a}, ${n}, ${s}`}function E(r){return r?.split("/").pop()??"?"}var Et={BLUE_GREEN:"blue-green",LINEAR:"canary",CANARY:"canary"};function Ee(r){if((r.deploymentController?.type??"ECS")!=="ECS")return;let e=r.deploymentConfiguration?.strategy??"ROLLING";return e in Et?e:void 0}function we(r){for(let e of r.loadBalancers??[]){let t=e.advancedConfiguration;if(!(!t?.productionListenerRule||!t.alternateTargetGroupArn||!e.targetGroupArn))return{loadBalancer:e,productionListenerRule:t.productionListenerRule,testListenerRule:t.testListenerRule,targetGroups:[e.targetGroupArn,t.alternateTargetGroupArn]}}}async function ra(r,e,t,i){let[a]=await At(r,e,[{name:t,input:"service"}]),n=Ee(a),s=v=>new sr(`Invalid input service: service ${K(t)} ${v}`);if(!n){let v=a.deploymentController?.type??"ECS",f=v==="ECS"?`uses the ECS ${a.deploymentConfiguration?.strategy??"ROLLING"} deployment strategy`:`uses the ${v} deployment controller`;throw s(`${f}; ${i} with a single service needs the ECS ${i==="canary"?"LINEAR or CANARY":"BLUE_GREEN"} strategy (for a pair of services, give blue-service, green-service and listener-rule)`)}if(i!=="rolling"&&Et[n]!==i)throw s(`uses the ECS ${n} deployment strategy, which the ${Et[n]} action runs`);let o=we(a);if(!o)throw s(`uses the ECS ${n} strategy but no load balancer with advancedConfiguration (alternateTargetGroupArn, productionListenerRule)`);return C0(a,"service",!1),{service:a,strategy:n,routing:o}}async function ea(r,e,t){let[i]=await At(r.ecs,e,[{name:t,input:"service"}]),a=Ee(i)?we(i):void 0;if(!a)return;let n=a.productionListenerRule;return{subject:`service ${i.serviceName??t}`,key:i.serviceArn??t,listenerArn:A0(n)?n:N0(n)}}var Te=(r,e)=>new sr(`Invalid input ${r}: ${e}`);function ta(r,e){let t=n=>{let s=Cr.indexOf(n);return s>0&&s<=jr};if(!(e.deploymentConfiguration?.lifecycleHooks??[]).some(n=>n.targetType==="PAUSE"&&n.lifecycleStages?.some(t)))throw Te("mode",`deploy with service needs a PAUSE lifecycle hook before production traffic moves (e.g. at POST_TEST_TRAFFIC_SHIFT) in the deploymentConfiguration of service ${K(r.service)}: ECS holds a service deployment nowhere else`)}async function ia(r,e,t){let i=K(r.service);if(!t)throw Te("mode",`${r.mode}: no service deployment of ${i} is in flight`);if(r.mode!=="promote")return;let a=t.brief.serviceDeploymentArn,n=await e.describeServiceDeployment(a),s=n?.lifecycleHookDetails?.find(v=>v.targetType==="PAUSE"&&v.status==="AWAITING_ACTION");if(!s?.hookId)throw Te("mode",`promote: service deployment ${E(a)} of ${i} is ${n?.status??"?"} at ${n?.lifecycleStage??"?"}, not held at a PAUSE hook`);let o=r.expectedTaskDefinitionArn;if(o&&!(t.taskDefinition&&T0(t.taskDefinition,o)))throw Te("task-definition-arn",`the paused service deployment ${E(a)} deploys ${t.taskDefinition??"an unknown version"}, not ${o}`);return s.hookId}var Hl=["PENDING","IN_PROGRESS","STOP_REQUESTED","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"];async function Oe(r,e){let{cluster:t}=r,{service:i,strategy:a,routing:n}=await ra(e.ecs,t,r.service,r.action),s=k0(i);if((r.desiredCount??s.desiredCount)<1)throw new sr(`Invalid input desired-count: service ${K(r.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`);let o=await Ml(e.ecs,t,s.arn),v=r.mode==="promote"||r.mode==="abort",f=v?await ia(r,e.ecs,o):void 0;if(r.mode==="deploy"&&ta(r,s),!v&&!r.taskDefinition)throw new Error(`mode ${r.mode} needs a task definition`);let c=v||!r.taskDefinition?{arn:o?.taskDefinition??s.taskDefinition}:await G0(r.taskDefinition,s.taskDefinition,e.ecs,r.allowFamilyChange),l=await e.rules.describeRule(n.productionListenerRule);if(!l)throw new sr(`Invalid input service: the production listener rule ${n.productionListenerRule} of service ${K(r.service)} was not found`);if(o&&!v&&!("arn"in c&&o.taskDefinition===c.arn))throw new sr(`Invalid input service: service deployment ${E(o.brief.serviceDeploymentArn)} of ${K(r.service)} is ${o.brief.status} (deploying ${o.taskDefinition}); wait for it to end, or run rollback`);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");return await I0(e.cloudwatch,r.alarms),{service:s,strategy:a,routing:n,version:c,weights:Ie(l),inFlight:o?.brief,pausedHook:f}}async function Ml(r,e,t){let a=(await r.listServiceDeployments(e,t,{status:[...Hl]})).find(s=>!Lr.includes(s.status??""));if(!a)return;let n=a.targetServiceRevisionArn?await r.describeServiceRevision(a.targetServiceRevisionArn):void 0;return{brief:a,taskDefinition:n?.taskDefinition}}function aa(r){let e=r.service.deploymentConfiguration,t=e?.linearConfiguration,i=t?Math.ceil(100/(t.stepPercent??10))*(t.stepBakeTimeInMinutes??6):0,a=e?.canaryConfiguration?.canaryBakeTimeInMinutes??0;return((e?.bakeTimeInMinutes??0)+i+a)*6e4}async function Re(r,e){let{rollout:t,options:i,plan:a,context:n}=r,s=await r.ports.rules.describeRule(a.routing.productionListenerRule).catch(()=>{}),o=s?Ie(s):[],[v,f]=a.routing.targetGroups,c=na(o);return{action:i.action,mode:i.mode,...e,startedAt:new Date(t.startedAt).toISOString(),finishedAt:new Date(n.clock.now()).toISOString(),durations:t.durations,cluster:i.cluster,service:a.service.name,strategy:a.strategy,serviceDeploymentArn:r.arn,deploymentId:r.deploymentId,stages:r.seen.map(({stage:l,at:m,between:p})=>({stage:l,atSeconds:b0(m-t.startedAt),...p?{between:p}:{}})),liveColor:wt(c),idleColor:wt(c===void 0?void 0:c===v?f:v),previousColor:wt(na(a.weights)),weight:r.weight,taskDefinitionArn:r.taskDefinitionArn,previousTaskDefinitionArn:a.service.taskDefinition,analysis:r.analysis?.steps,run:i.run}}function na(r){return[...r].sort((e,t)=>t.weight-e.weight).find(e=>e.weight>0)?.targetGroupArn}var wt=r=>r?w0(r):void 0;async function sa(r){let{rollout:e,plan:t,ports:i,options:a}=r;r.arn=t.inFlight?.serviceDeploymentArn;let n="arn"in t.version?t.version.arn:r.taskDefinitionArn,s=await e.run([{name:"rollback",run:async()=>{let v={reason:"rollback asked",cause:"error"},f=await r.stop(v,{stop:!1,cancelled:!1}),c=`stopped service deployment ${E(r.arn)} with ROLLBACK${f.said}`;if(!f.restored)throw new Error(c);e.say(c);let l=await i.ecs.describeService(a.cluster,t.service.arn);r.taskDefinitionArn=l?.taskDefinition??r.taskDefinitionArn}}]);return{report:await Re(r,s),timeline:e.timeline,gates:e.gates,rolledBackFrom:n}}var hl=y0(V5(),1),Sl=y0(yl(),1);function q0(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return Al(1-(0,Sl.default)(r.hits-1,t,i,r.total))}function Il(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:Al(1-(0,hl.default)(r.hits-1,r.total,e))}function Al(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var Yr=r=>r.requests>0?r.errors/r.requests:0;function g0(r,e,t,i){let a=`${Nl("canary",r)}; ${Nl("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${a})`};let n=(c,l)=>`${l} p ${c<1e-4?"< 0.0001":`= ${c.toPrecision(2)}`}, ${c<i?"significant":"not significant"} at ${rw(i)} confidence`,s=[],o=Yr(r);if(o>t.maxErrorRate){let c=Il({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${or(o)} over max-error-rate ${or(t.maxErrorRate)} (${n(c,"exact binomial test")})`;if(c<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${a}`};s.push(l)}if(e.requests>0){let c=o-Yr(e);if(c>t.maxErrorRateIncrease){let l=q0({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${_l(c)} over stable, more than max-error-rate-increase ${_l(t.maxErrorRateIncrease)} (${n(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${a}`};s.push(m)}}else s.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${or(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${or(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=q0({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${n(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${a}`};s.push(`${l} (${p})`)}else s.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let f=s.length>0?`; ${s.join("; ")}`:"";return{verdict:"passed",reason:`${a}${f}`}}function Nl(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${Q0(e.p99)}`;return`${r} ${or(Yr(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function rw(r){return or(1-r)}function _l(r){return`+${or(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var ew=.05,tw=.001,yt=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,a){this.metrics=e,this.target=t,this.settings=i,this.clock=a}begin(e,t,i,a){let n={requests:0,errors:0,errorRate:0},s=new Date(i).toISOString(),o={step:e,weight:t,start:s,end:s,canary:n,stable:n,verdict:"watching",reason:"no look yet"};this.steps.push(o),this.current={step:o,startedAt:i,endsAt:a,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:a,stable:n}=await this.look(t.startedAt,i,e?.signal),s=t.step;if(s.end=new Date(i).toISOString(),s.canary={...a,errorRate:Yr(a)},s.stable={...n,errorRate:Yr(n)},this.samples.push({at:i,weight:s.weight,canaryErrorRate:s.canary.errorRate,stableErrorRate:s.stable.errorRate}),i<t.endsAt){let o=g0(a,n,this.settings,tw);return o.verdict==="failed"?this.record("failed",o):{state:"passed",observed:o.reason}}return this.conclude(g0(a,n,this.settings,ew))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:a,targetGroups:n}=this.target,s=await this.metrics.metricData(V0(a,n,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:X0(e,t)},i),o=Nt(s,"canary"),v=Nt(s,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:o,stable:v}}};function El(r,e,t,i){if(!t)return;let[a,n]=e.routing.targetGroups,s=_0(e.routing.productionListenerRule),o=e.weights.find(f=>f.weight>0)?.targetGroupArn??a,v=o===a?n:a;return new yt(r,{loadBalancer:s,targetGroups:{canary:v,stable:o}},t,i)}function wl(r,e,t,i){if(t<=0)return;let a=e.service.deploymentConfiguration,n=t>=100?Number.POSITIVE_INFINITY:a?.canaryConfiguration?.canaryBakeTimeInMinutes??a?.linearConfiguration?.stepBakeTimeInMinutes??0;r.begin(r.steps.length+1,t,i,i+n*6e4)}var ht=class{written=!1;denied=!1;ecs;service;log;stateOf;constructor(e,t,i,a){this.ecs=e,this.service=t,this.log=i,this.stateOf=a}async save(e,t){if(!this.denied)try{await this.ecs.tagResource(this.service.arn,F0(this.stateOf(e)),t),this.written=!0}catch(i){if(i.name!=="AccessDeniedException")throw i;this.denied=!0,this.log.warning(`the rollout record was not written on service ${this.service.name} (the role needs ecs:TagResource): ${It(i)}`)}}async saveEnding(e,t){!this.written||t||(e.status==="failed"||e.status==="rolled-back")&&await this.saveOrWarn(e.status)}async saveFinal(e){await this.save(e).catch(t=>{if(!(t instanceof h0))throw t})}async saveOrWarn(e){await this.save(e).catch(t=>this.log.warning(`the rollout record was not written: ${It(t)}`))}};var iw=6e4;async function Tl(r,e){let{ports:t,options:i,context:a}=r,{ecs:n}=t,{cluster:s,service:o,taskDefinition:v}=e,c=(await n.updateService({cluster:s,service:o,taskDefinition:v,desiredCount:i.desiredCount},a.signal)).deployments?.find(q=>q.status==="PRIMARY"&&q.taskDefinition===v),l=c?.createdAt??new Date(a.clock.now()),m=new Date(l.getTime()-iw),p=new Map,g=async q=>(p.has(q)||p.set(q,(await n.describeServiceRevision(q))?.taskDefinition),p.get(q)),d=Math.min(i.waitTimeoutMs,12e4),h=await Fr(async()=>{for(let q of await n.listServiceDeployments(s,o,{after:m},a.signal)){let S=q.targetServiceRevisionArn;if(q.serviceDeploymentArn&&S&&await g(S)===v)return U(q.serviceDeploymentArn)}return Sr(!1)},{clock:a.clock,intervalMs:i.pollIntervalMs,deadline:a.clock.now()+d,signal:a.signal});if(!h.done)throw new Error(`UpdateService did not start a service deployment of ${v} on ${o} within ${Se(d)}`);return{arn:h.value,deploymentId:c?.id}}function Ol(r,e,t,i,a){return Fr(async()=>{let n=await r.describeServiceDeployment(e),s=n?.status??"unknown",o=t.observe("rollback",`${n?.lifecycleStage??"?"} (${s})`);return Lr.includes(s)?U(s):Sr(o)},{clock:i,intervalMs:a.pollIntervalMs,maxIntervalMs:a.pollIntervalMs,deadline:i.now()+a.waitTimeoutMs})}var St=class{rollout;seen=[];taskDefinitionArn;arn;deploymentId;weight;endedByEcs;analysis;state;options;ports;context;plan;constructor(e,t,i,a){this.options=e,this.ports=t,this.context=i,this.plan=a,this.rollout=new $0(i,e.onFailure),this.taskDefinitionArn=a.service.taskDefinition,this.analysis=El(t.metrics,a,e.analysis,i.clock);let n=a.service,s=O0(L0(n.tags));this.state=new ht(t.ecs,n,i.log,o=>({status:o,taskDefinition:this.taskDefinitionArn,previousTaskDefinition:n.taskDefinition,step:Math.max(0,Cr.indexOf(this.seen.at(-1)?.stage)),run:e.run,updatedAt:new Date(i.clock.now()).toISOString(),action:e.rollingBack?"rollback":e.action,history:o!=="succeeded"?s:e.rollingBack?P0(s,n.taskDefinition,this.taskDefinitionArn):R0(s,this.taskDefinitionArn,n.taskDefinition)}))}async run(){let{rollout:e,state:t}=this,i=await e.run([{name:"deploy",run:()=>this.deploy()},{name:"follow",run:()=>this.follow()}]),a=i.status==="succeeded"||i.status==="rolled-back"?i.status:"failed";return t.written&&!e.isCommitted&&i.status!=="paused"&&await t.saveFinal(a),{report:await Re(this,i),timeline:e.timeline,gates:e.gates}}async deploy(){let{options:e,ports:t,plan:i,rollout:a,context:n}=this,{cluster:s}=e,o=i.service.arn;if(i.inFlight)this.taskDefinitionArn="arn"in i.version?i.version.arn:this.taskDefinitionArn,this.arn=i.inFlight.serviceDeploymentArn,a.timeline.note("rollout",`following service deployment ${E(this.arn)}, already in flight`),i.pausedHook&&this.arn&&(await t.ecs.continueServiceDeployment(this.arn,i.pausedHook,"CONTINUE",n.signal),a.timeline.note("hook",`ContinueServiceDeployment CONTINUE sent for ${E(this.arn)}`));else{let{arn:v,registered:f}=await D0(t.ecs,i.version,n.signal);if(this.taskDefinitionArn=v,a.timeline.note("rollout",`${f?"registered":"deploying"} ${v}`),v===i.service.taskDefinition){a.say(`${i.service.name} already runs ${v}: nothing to deploy`);return}await this.state.save("deploying",n.signal);let c=await Tl(this,{cluster:s,service:o,taskDefinition:v});this.arn=c.arn,this.deploymentId=c.deploymentId,a.timeline.note("rollout",`ECS started service deployment ${E(this.arn)} (${i.strategy})`)}this.deploymentId&&(a.watching={ecs:t.ecs,cluster:s,service:o,deploymentId:this.deploymentId}),a.onFailure({kind:"traffic",run:(v,f)=>this.stop(v,f)})}async follow(){let{options:e,rollout:t,context:i,arn:a}=this;if(!a)return;let n=H0(this.ports,e.healthCheckUrl,e.pollIntervalMs),s=M0(this.ports,e.verifyCommand,{ROLLOUT_SERVICE:this.plan.service.name,ROLLOUT_SERVICE_DEPLOYMENT_ARN:a,ROLLOUT_TASK_DEFINITION_ARN:this.taskDefinitionArn}),o=[...n];e.alarms.length>0&&o.push(new S0(this.ports.cloudwatch,e.alarms)),this.analysis&&o.push(this.analysis);let v=await t.timed("follow",()=>x0({ecs:this.ports.ecs,arn:a,timeline:t.timeline,clock:i.clock,signal:i.signal,intervalMs:e.pollIntervalMs,deadline:i.clock.now()+e.waitTimeoutMs+aa(this.plan),verify:[n,s?[s]:[]],watch:o,gateContext:{tasks:async()=>{let{deploymentId:c}=this;return c?this.ports.ecs.deploymentTasks(e.cluster,this.plan.service.arn,c):[]},expectedCount:e.desiredCount??this.plan.service.desiredCount},onStage:c=>this.onStage(c),onWeight:c=>this.onWeight(c),onReports:(c,l)=>t.keep(c,l),onPause:c=>this.onPause(c),answered:this.plan.pausedHook?[this.plan.pausedHook]:[]},this.seen));if(v.ok&&v.paused){await this.state.save("paused",i.signal);let c=v.paused.verified?" after passing the verify gates":"";return{status:"paused",reason:`ECS holds service deployment ${E(a)} of ${this.taskDefinitionArn} at its PAUSE hook during ${v.paused.stage}${c}; production traffic stays on ${this.plan.service.taskDefinition} until mode promote`}}if(v.ok){t.commit(),await this.state.saveOrWarn("succeeded"),t.say(`${v.reason}; ${this.plan.service.name} serves ${this.taskDefinitionArn}`);return}if(v.cause==="ecs")throw this.endedByEcs=v.deployment,new Ae({ok:!1,cause:"circuit-breaker",reason:v.reason});if(v.cause==="timeout")throw new Ae(v);let f=`during ${v.stage} of service deployment ${E(a)}`;throw new Ae({ok:!1,cause:"gate",gate:v.gate,reason:v.reason},f)}async onPause(e){return this.options.mode==="deploy"?"hold":(await this.ports.ecs.continueServiceDeployment(this.arn,e.hookId,"CONTINUE",this.context.signal),this.rollout.timeline.note("hook","ContinueServiceDeployment CONTINUE sent: every gate passed"),"continue")}async onStage(e){Cr.indexOf(e)===jr+1&&await this.state.save("switched",this.context.signal)}onWeight(e){this.weight=e,this.analysis&&wl(this.analysis,this.plan,e,this.context.clock.now())}async stop(e,t){let i=this.endedByEcs;if(i){let o=i.status==="ROLLBACK_SUCCESSFUL";return{said:o?"; ECS rolled the service back to its previous revision":"",restored:o}}if(e.cause==="timeout"&&t.stop)return{said:" (on-failure: stop: ECS carries on)"};if(t.stop)return{said:" (on-failure: stop: the deployment goes on as ECS runs it)"};let{ecs:a}=this.ports,n=this.arn;if(await a.stopServiceDeployment(n),this.rollout.timeline.note("rollback",`StopServiceDeployment ROLLBACK sent for ${E(n)}`),t.cancelled)return{said:"; ECS was asked to roll back (not awaited)"};let s=await this.rollout.timed("rollback",()=>Ol(a,n,this.rollout.timeline,this.context.clock,this.options));return s.done?s.value!=="ROLLBACK_SUCCESSFUL"?{said:`; the rollback ended with ${s.value}`}:{said:`; ECS rolled the service back to ${this.plan.service.taskDefinition}`,restored:!0}:{said:`; the rollback of ${E(n)} did not end within wait-timeout`}}};async function Rl(r,e,t){let i=new St(r,e,t,await Oe(r,e));return r.mode==="abort"?sa(i):i.run()}var JC={...K0,blueService:Zr("blue-service",Ne("service")),greenService:Zr("green-service",Ne("service")),listenerRule:Zr("listener-rule",J0),service:Zr("service",Ne("service"))},Pl=["blue-service","green-service","listener-rule"];function KC(r){let e=[r.blueService,r.greenService,r.listenerRule],t=Pl.filter((i,a)=>!e[a]);if(t.length>0)throw Jr(t.map(i=>`${i} is required (or service, for a service whose ECS deployment strategy is not ROLLING)`));return r}function jC(r,e){return Kr("service").trim()?e():r()}function zC(r,e,t,i,a,n=process.env){let o=[...[...Pl,"test-listener-rule"].map(l=>({name:l,default:void 0})),...i].filter(l=>{let m=t(l.name).trim();return m!==""&&m!==l.default}).map(l=>l.name);if(o.length>0)throw Jr(o.map(l=>`${l} is not used with service (ECS runs the deployment from the service's own configuration)`));let v=e.mode??"full",f=Y0(e,n.GITHUB_WORKSPACE??"."),c=v==="promote"||v==="abort";if(c&&f&&!(v==="promote"&&f.kind==="arn"))throw Jr([`mode ${v} acts on the service deployment in flight: give no new version (task-definition-arn may name it with promote, as a check)`]);if(!c&&!f)throw Jr([`task-definition, task-definition-arn or image (with container) is required with mode ${v}`]);return{action:r,cluster:e.cluster,service:e.service,mode:v,taskDefinition:c?void 0:f,expectedTaskDefinitionArn:v==="promote"?e.taskDefinitionArn:void 0,allowFamilyChange:e.allowFamilyChange,desiredCount:e.desiredCount,alarms:e.alarms,healthCheckUrl:e.healthCheckUrl,verifyCommand:e.verifyCommand,analysis:a,waitTimeoutMs:e.waitTimeout,pollIntervalMs:e.pollInterval,onFailure:e.onFailure,run:Z0(n),lockTimeoutMs:e.lockTimeout}}function xC(r,e,t,i){return{name:e,id:r,lock:(a,n)=>ea(n,a.cluster,a.service),check:Oe,options:t,deploy:Rl,title:a=>`${e} of ${a.service} (ECS ${a.strategy})`,outputs:i,facts:a=>[["Cluster",a.cluster],["Service",a.service],["Strategy",`ECS ${a.strategy}`],["Service deployment",a.serviceDeploymentArn],["Stages",a.stages.map(n=>`${n.stage} (+${n.atSeconds}s)`).join(" \u2192 ")||void 0],["Live target group",a.liveColor],["Task definition",a.taskDefinitionArn],["Previous task definition",a.previousTaskDefinitionArn]]}}async function rk(r={},e=()=>{}){let t=Kr("cluster").trim(),i=Kr("service").trim();if(!t||!i)return{native:!1,overrides:r};let a=r.clients??U0(),n=B0(W0(a.ecs)),s={...r,clients:a,ecsBeforeLock:n};try{e(f=>Kr(f));let{found:[o]}=await n.describeServicesWithTags(t,[i]);return{native:o!==void 0&&Ee(o)!==void 0&&we(o)!==void 0,overrides:s}}catch{return{native:!1,overrides:s}}}export{ht as a,ra as b,ea as c,Hl as d,Oe as e,sa as f,yt as g,St as h,Rl as i,JC as j,KC as k,jC as l,zC as m,xC as n,rk as o};
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
