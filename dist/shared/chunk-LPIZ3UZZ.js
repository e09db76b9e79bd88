import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as S0,b as I0,d as M0,e as H0,g as Ae,h as b0}from"./chunk-GMDJZHGH.js";import{D as U,E as Sr,Ea as Ne,F as Fr,G as w0,H as T0,I as O0,J as R0,Ka as B0,La as X0,Ma as V0,N as P0,O as F0,Oa as Q0,P as L0,Z as C0,_ as At,b as Se,ba as k0,d as sr,f as y0,g as It,ga as Ie,h as K,j as Zr,ka as D0,la as G0,m as Jr,ta as Kr,ua as $0,v as A0,va as U0,w as N0,x as _0,y as E0,za as W0}from"./chunk-K5S25ROQ.js";import{b as u,c as h0}from"./chunk-XTI4HEAM.js";var sn=u((Rw,an)=>{"use strict";var Ul=typeof Object.defineProperty=="function"?Object.defineProperty:null;an.exports=Ul});var un=u((Pw,on)=>{"use strict";var Wl=sn();function Bl(){try{return Wl({},"x",{}),!0}catch{return!1}}on.exports=Bl});var cn=u((Fw,vn)=>{"use strict";var Xl=Object.defineProperty;vn.exports=Xl});var wt=u((Lw,fn)=>{"use strict";function Vl(r){return typeof r=="number"}fn.exports=Vl});var Tt=u((Cw,pn)=>{"use strict";function Ql(r){return r[0]==="-"}function ln(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function Yl(r,e,t){var i=!1,n=e-r.length;return n<0||(Ql(r)&&(i=!0,r=r.substr(1)),r=t?r+ln(n):ln(n)+r,i&&(r="-"+r)),r}pn.exports=Yl});var gn=u((kw,qn)=>{"use strict";var Zl=wt(),mn=Tt(),Jl=String.prototype.toLowerCase,dn=String.prototype.toUpperCase;function Kl(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!Zl(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=mn(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=mn(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===dn.call(r.specifier)?dn.call(t):Jl.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}qn.exports=Kl});var yn=u((Dw,hn)=>{"use strict";function jl(r){return typeof r=="string"}hn.exports=jl});var An=u((Gw,In)=>{"use strict";var zl=Math.abs,xl=String.prototype.toLowerCase,Sn=String.prototype.toUpperCase,Ir=String.prototype.replace,r7=/e\+(\d)$/,e7=/e-(\d)$/,t7=/^(\d+)$/,i7=/^(\d+)e/,n7=/\.0$/,a7=/\.0*e/,s7=/(\..*[^0])0*e/;function o7(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":zl(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=Ir.call(i,s7,"$1e"),i=Ir.call(i,a7,"e"),i=Ir.call(i,n7,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=Ir.call(i,r7,"e+0$1"),i=Ir.call(i,e7,"e-0$1"),e.alternate&&(i=Ir.call(i,t7,"$1."),i=Ir.call(i,i7,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===Sn.call(e.specifier)?Sn.call(i):xl.call(i),i}In.exports=o7});var En=u((Mw,_n)=>{"use strict";function Nn(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function u7(r,e,t){var i=e-r.length;return i<0||(r=t?r+Nn(i):Nn(i)+r),r}_n.exports=u7});var Tn=u((Hw,wn)=>{"use strict";var v7=gn(),c7=yn(),f7=wt(),l7=An(),p7=En(),m7=Tt(),d7=String.fromCharCode,q7=Array.isArray;function Pe(r){return r!==r}function g7(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function h7(r){var e,t,i,n,a,s,o,v,f,c;if(!q7(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(s="",o=1,f=0;f<r.length;f++)if(i=r[f],c7(i))s+=i;else{if(e=i.precision!==void 0,i=g7(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+f+"`. Value: `"+i+"`.");for(i.mapping&&(o=i.mapping),t=i.flags,c=0;c<t.length;c++)switch(n=t.charAt(c),n){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+n)}if(i.width==="*"){if(i.width=parseInt(arguments[o],10),o+=1,Pe(i.width))throw new TypeError("the argument for * width at position "+o+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[o],10),o+=1,Pe(i.precision))throw new TypeError("the argument for * precision at position "+o+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[o],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=v7(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!Pe(i.arg)){if(a=parseInt(i.arg,10),a<0||a>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=Pe(a)?String(i.arg):d7(a)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!f7(i.arg))throw new Error("invalid floating-point number. Value: "+s);v=i.arg,i.padZeros=!1}i.arg=l7(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=m7(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=p7(i.arg,i.width,i.padRight)),s+=i.arg||"",o+=1}return s}wn.exports=h7});var Rn=u((bw,On)=>{"use strict";var y7=Tn();On.exports=y7});var Fn=u(($w,Pn)=>{"use strict";var Fe=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function S7(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function I7(r){var e,t,i,n;for(t=[],n=0,i=Fe.exec(r);i;)e=r.slice(n,Fe.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(S7(i)),n=Fe.lastIndex,i=Fe.exec(r);return e=r.slice(n),e.length&&t.push(e),t}Pn.exports=I7});var Cn=u((Uw,Ln)=>{"use strict";var A7=Fn();Ln.exports=A7});var Dn=u((Ww,kn)=>{"use strict";function N7(r){return typeof r=="string"}kn.exports=N7});var Hn=u((Bw,Mn)=>{"use strict";var _7=Rn(),E7=Cn(),w7=Dn();function Gn(r){var e,t;if(!w7(r))throw new TypeError(Gn("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[E7(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return _7.apply(null,e)}Mn.exports=Gn});var $n=u((Xw,bn)=>{"use strict";var T7=Hn();bn.exports=T7});var Qn=u((Vw,Vn)=>{"use strict";var Un=$n(),kr=Object.prototype,Wn=kr.toString,Bn=kr.__defineGetter__,Xn=kr.__defineSetter__,O7=kr.__lookupGetter__,R7=kr.__lookupSetter__;function P7(r,e,t){var i,n,a,s;if(typeof r!="object"||r===null||Wn.call(r)==="[object Array]")throw new TypeError(Un("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||Wn.call(t)==="[object Array]")throw new TypeError(Un("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(n="value"in t,n&&(O7.call(r,e)||R7.call(r,e)?(i=r.__proto__,r.__proto__=kr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),a="get"in t,s="set"in t,n&&(a||s))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return a&&Bn&&Bn.call(r,e,t.get),s&&Xn&&Xn.call(r,e,t.set),r}Vn.exports=P7});var Zn=u((Qw,Yn)=>{"use strict";var F7=un(),L7=cn(),C7=Qn(),Ot;F7()?Ot=L7:Ot=C7;Yn.exports=Ot});var Kn=u((Yw,Jn)=>{"use strict";var k7=Zn();function D7(r,e,t){k7(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}Jn.exports=D7});var ur=u((Zw,jn)=>{"use strict";var G7=Kn();jn.exports=G7});var xn=u((Jw,zn)=>{"use strict";var M7=Math.floor;zn.exports=M7});var R=u((Kw,ra)=>{"use strict";var H7=xn();ra.exports=H7});var ta=u((jw,ea)=>{"use strict";var b7=R();function $7(r){return b7(r)===r&&r>=0}ea.exports=$7});var Ar=u((zw,ia)=>{"use strict";var U7=ta();ia.exports=U7});var aa=u((xw,na)=>{"use strict";function W7(r){return r!==r}na.exports=W7});var I=u((rT,sa)=>{"use strict";var B7=aa();sa.exports=B7});var ua=u((eT,oa)=>{"use strict";function X7(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}oa.exports=X7});var ca=u((tT,va)=>{"use strict";var V7=ua();va.exports=V7});var la=u((iT,fa)=>{"use strict";var Q7=ca(),Y7=Q7();function Z7(){return Y7&&typeof Symbol.toStringTag=="symbol"}fa.exports=Z7});var ma=u((nT,pa)=>{"use strict";var J7=la();pa.exports=J7});var Rt=u((aT,da)=>{"use strict";var K7=Object.prototype.toString;da.exports=K7});var ga=u((sT,qa)=>{"use strict";var j7=Rt();function z7(r){return j7.call(r)}qa.exports=z7});var ya=u((oT,ha)=>{"use strict";var x7=Object.prototype.hasOwnProperty;function r9(r,e){return r==null?!1:x7.call(r,e)}ha.exports=r9});var Ia=u((uT,Sa)=>{"use strict";var e9=ya();Sa.exports=e9});var Na=u((vT,Aa)=>{"use strict";var t9=typeof Symbol=="function"?Symbol:void 0;Aa.exports=t9});var Ea=u((cT,_a)=>{"use strict";var i9=Na();_a.exports=i9});var Oa=u((fT,Ta)=>{"use strict";var wa=Ea(),n9=typeof wa=="function"?wa.toStringTag:"";Ta.exports=n9});var Pa=u((lT,Ra)=>{"use strict";var a9=Ia(),zr=Oa(),Pt=Rt();function s9(r){var e,t,i;if(r==null)return Pt.call(r);t=r[zr],e=a9(r,zr);try{r[zr]=void 0}catch{return Pt.call(r)}return i=Pt.call(r),e?r[zr]=t:delete r[zr],i}Ra.exports=s9});var xr=u((pT,Fa)=>{"use strict";var o9=ma(),u9=ga(),v9=Pa(),Ft;o9()?Ft=v9:Ft=u9;Fa.exports=Ft});var Ca=u((mT,La)=>{"use strict";var c9=xr(),f9=typeof Uint32Array=="function";function l9(r){return f9&&r instanceof Uint32Array||c9(r)==="[object Uint32Array]"}La.exports=l9});var Da=u((dT,ka)=>{"use strict";var p9=Ca();ka.exports=p9});var Ma=u((qT,Ga)=>{"use strict";var m9=4294967295;Ga.exports=m9});var ba=u((gT,Ha)=>{"use strict";var d9=typeof Uint32Array=="function"?Uint32Array:null;Ha.exports=d9});var Wa=u((hT,Ua)=>{"use strict";var q9=Da(),Lt=Ma(),$a=ba();function g9(){var r,e;if(typeof $a!="function")return!1;try{e=[1,3.14,-3.14,Lt+1,Lt+2],e=new $a(e),r=q9(e)&&e[0]===1&&e[1]===3&&e[2]===Lt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Ua.exports=g9});var Xa=u((yT,Ba)=>{"use strict";var h9=Wa();Ba.exports=h9});var Qa=u((ST,Va)=>{"use strict";var y9=typeof Uint32Array=="function"?Uint32Array:void 0;Va.exports=y9});var Za=u((IT,Ya)=>{"use strict";function S9(){throw new Error("not implemented")}Ya.exports=S9});var Nr=u((AT,Ja)=>{"use strict";var I9=Xa(),A9=Qa(),N9=Za(),Ct;I9()?Ct=A9:Ct=N9;Ja.exports=Ct});var ja=u((NT,Ka)=>{"use strict";var _9=xr(),E9=typeof Float64Array=="function";function w9(r){return E9&&r instanceof Float64Array||_9(r)==="[object Float64Array]"}Ka.exports=w9});var xa=u((_T,za)=>{"use strict";var T9=ja();za.exports=T9});var es=u((ET,rs)=>{"use strict";var O9=typeof Float64Array=="function"?Float64Array:null;rs.exports=O9});var ns=u((wT,is)=>{"use strict";var R9=xa(),ts=es();function P9(){var r,e;if(typeof ts!="function")return!1;try{e=new ts([1,3.14,-3.14,NaN]),r=R9(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}is.exports=P9});var ss=u((TT,as)=>{"use strict";var F9=ns();as.exports=F9});var us=u((OT,os)=>{"use strict";var L9=typeof Float64Array=="function"?Float64Array:void 0;os.exports=L9});var cs=u((RT,vs)=>{"use strict";function C9(){throw new Error("not implemented")}vs.exports=C9});var j=u((PT,fs)=>{"use strict";var k9=ss(),D9=us(),G9=cs(),kt;k9()?kt=D9:kt=G9;fs.exports=kt});var ps=u((FT,ls)=>{"use strict";var M9=xr(),H9=typeof Uint8Array=="function";function b9(r){return H9&&r instanceof Uint8Array||M9(r)==="[object Uint8Array]"}ls.exports=b9});var ds=u((LT,ms)=>{"use strict";var $9=ps();ms.exports=$9});var gs=u((CT,qs)=>{"use strict";var U9=255;qs.exports=U9});var ys=u((kT,hs)=>{"use strict";var W9=typeof Uint8Array=="function"?Uint8Array:null;hs.exports=W9});var As=u((DT,Is)=>{"use strict";var B9=ds(),Dt=gs(),Ss=ys();function X9(){var r,e;if(typeof Ss!="function")return!1;try{e=[1,3.14,-3.14,Dt+1,Dt+2],e=new Ss(e),r=B9(e)&&e[0]===1&&e[1]===3&&e[2]===Dt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Is.exports=X9});var _s=u((GT,Ns)=>{"use strict";var V9=As();Ns.exports=V9});var ws=u((MT,Es)=>{"use strict";var Q9=typeof Uint8Array=="function"?Uint8Array:void 0;Es.exports=Q9});var Os=u((HT,Ts)=>{"use strict";function Y9(){throw new Error("not implemented")}Ts.exports=Y9});var Ps=u((bT,Rs)=>{"use strict";var Z9=_s(),J9=ws(),K9=Os(),Gt;Z9()?Gt=J9:Gt=K9;Rs.exports=Gt});var Ls=u(($T,Fs)=>{"use strict";var j9=xr(),z9=typeof Uint16Array=="function";function x9(r){return z9&&r instanceof Uint16Array||j9(r)==="[object Uint16Array]"}Fs.exports=x9});var ks=u((UT,Cs)=>{"use strict";var r8=Ls();Cs.exports=r8});var Gs=u((WT,Ds)=>{"use strict";var e8=65535;Ds.exports=e8});var Hs=u((BT,Ms)=>{"use strict";var t8=typeof Uint16Array=="function"?Uint16Array:null;Ms.exports=t8});var Us=u((XT,$s)=>{"use strict";var i8=ks(),Mt=Gs(),bs=Hs();function n8(){var r,e;if(typeof bs!="function")return!1;try{e=[1,3.14,-3.14,Mt+1,Mt+2],e=new bs(e),r=i8(e)&&e[0]===1&&e[1]===3&&e[2]===Mt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}$s.exports=n8});var Bs=u((VT,Ws)=>{"use strict";var a8=Us();Ws.exports=a8});var Vs=u((QT,Xs)=>{"use strict";var s8=typeof Uint16Array=="function"?Uint16Array:void 0;Xs.exports=s8});var Ys=u((YT,Qs)=>{"use strict";function o8(){throw new Error("not implemented")}Qs.exports=o8});var Js=u((ZT,Zs)=>{"use strict";var u8=Bs(),v8=Vs(),c8=Ys(),Ht;u8()?Ht=v8:Ht=c8;Zs.exports=Ht});var js=u((JT,Ks)=>{"use strict";var f8=Ps(),l8=Js(),p8={uint16:l8,uint8:f8};Ks.exports=p8});var eo=u((KT,ro)=>{"use strict";var zs=js(),xs;function m8(){var r,e;return r=new zs.uint16(1),r[0]=4660,e=new zs.uint8(r.buffer),e[0]===52}xs=m8();ro.exports=xs});var _r=u((jT,to)=>{"use strict";var d8=eo();to.exports=d8});var no=u((zT,io)=>{"use strict";var q8=_r(),bt;q8===!0?bt=1:bt=0;io.exports=bt});var oo=u((xT,so)=>{"use strict";var g8=Nr(),h8=j(),y8=no(),ao=new h8(1),S8=new g8(ao.buffer);function I8(r){return ao[0]=r,S8[y8]}so.exports=I8});var C=u((rO,uo)=>{"use strict";var A8=oo();uo.exports=A8});var co=u((eO,vo)=>{"use strict";var N8=_r(),$t;N8===!0?$t=1:$t=0;vo.exports=$t});var lo=u((tO,fo)=>{"use strict";var _8=Nr(),E8=j(),w8=co(),Ut=new E8(1),T8=new _8(Ut.buffer);function O8(r,e){return Ut[0]=r,T8[w8]=e>>>0,Ut[0]}fo.exports=O8});var Dr=u((iO,po)=>{"use strict";var R8=lo();po.exports=R8});var go=u((nO,qo)=>{"use strict";var P8=_r(),mo,Wt,Bt;P8===!0?(Wt=1,Bt=0):(Wt=0,Bt=1);mo={HIGH:Wt,LOW:Bt};qo.exports=mo});var Ao=u((aO,Io)=>{"use strict";var F8=Nr(),L8=j(),yo=go(),So=new L8(1),ho=new F8(So.buffer),C8=yo.HIGH,k8=yo.LOW;function D8(r,e){return ho[C8]=r,ho[k8]=e,So[0]}Io.exports=D8});var re=u((sO,No)=>{"use strict";var G8=Ao();No.exports=G8});var A=u((oO,_o)=>{"use strict";var M8=Number.POSITIVE_INFINITY;_o.exports=M8});var wo=u((uO,Eo)=>{"use strict";Eo.exports=Number});var Oo=u((vO,To)=>{"use strict";var H8=wo();To.exports=H8});var P=u((cO,Ro)=>{"use strict";var b8=Oo(),$8=b8.NEGATIVE_INFINITY;Ro.exports=$8});var vr=u((fO,Po)=>{"use strict";var U8=1023;Po.exports=U8});var Lo=u((lO,Fo)=>{"use strict";var W8=.34657359027997264;Fo.exports=W8});var ko=u((pO,Co)=>{"use strict";function B8(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}Co.exports=B8});var $o=u((mO,bo)=>{"use strict";var X8=I(),Do=C(),Xt=Dr(),V8=re(),Go=A(),Q8=P(),Mo=vr(),Y8=Lo(),Z8=ko(),J8=709.782712893384,Vt=.6931471803691238,Qt=19082149292705877e-26,Ho=1.4426950408889634,K8=38.816242111356935,j8=1.0397207708399179;function z8(r){var e,t,i,n,a,s,o,v,f,c,l,m,p;if(r===Go||X8(r))return r;if(r===Q8)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=K8){if(i)return-1;if(v>=J8)return Go}if(s=Do(v)|0,v>Y8)v<j8?i?(n=r+Vt,a=-Qt,p=-1):(n=r-Vt,a=Qt,p=1):(i?p=Ho*r-.5:p=Ho*r+.5,p|=0,l=p,n=r-l*Vt,a=l*Qt),r=n-a,c=n-r-a;else{if(s<1016070144)return r;p=0}return e=.5*r,f=r*e,o=1+f*Z8(f),l=3-o*e,m=f*((o-l)/(6-r*l)),p===0?r-(r*m-f):(t=V8(Mo+p<<20,0),m=r*(m-c)-c,m-=f,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(n=Do(v)+(p<<20)|0,v=Xt(v,n)):v*=t,v-1):(l=1,p<20?(n=1072693248-(2097152>>p)|0,l=Xt(l,n),v=l-(m-r)):(n=Mo-p<<20|0,l=Xt(l,n),v=r-(m+l),v+=1),v*=t,v))}bo.exports=z8});var ee=u((dO,Uo)=>{"use strict";var x8=$o();Uo.exports=x8});var Bo=u((qO,Wo)=>{"use strict";function rp(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}Wo.exports=rp});var Zo=u((gO,Yo)=>{"use strict";var ep=I(),Xo=C(),Vo=Dr(),tp=A(),ip=P(),Qo=vr(),np=Bo(),Yt=.6931471803691238,Zt=19082149292705877e-26,ap=.41421356237309503,sp=-.2928932188134525,op=1862645149230957e-24,up=5551115123125783e-32,vp=9007199254740992,cp=.6666666666666666;function fp(r){var e,t,i,n,a,s,o,v,f,c;if(r<-1||ep(r))return NaN;if(r===-1)return ip;if(r===tp||r===0)return r;if(r<0?i=-r:i=r,c=1,i<ap){if(i<op)return i<up?r:r-r*r*.5;r>sp&&(c=0,n=r,t=1)}return c!==0&&(i<vp?(f=1+r,t=Xo(f),c=(t>>20)-Qo,c>0?a=1-(f-r):a=r-(f-1),a/=f):(f=r,t=Xo(f),c=(t>>20)-Qo,a=0),t&=1048575,t<434334?f=Vo(f,t|1072693248):(c+=1,f=Vo(f,t|1071644672),t=1048576-t>>2),n=f-1),e=.5*n*n,t===0?n===0?(a+=c*Zt,c*Yt+a):(v=e*(1-cp*n),c*Yt-(v-(c*Zt+a)-n)):(s=n/(2+n),o=s*s,v=o*np(o),c===0?n-(e-s*(e+v)):c*Yt-(e-(s*(e+v)+(c*Zt+a))-n))}Yo.exports=fp});var z=u((hO,Jo)=>{"use strict";var lp=Zo();Jo.exports=lp});var jo=u((yO,Ko)=>{"use strict";var pp=Math.sqrt;Ko.exports=pp});var b=u((SO,zo)=>{"use strict";var mp=jo();zo.exports=mp});var ru=u((IO,xo)=>{"use strict";var dp=.7853981633974483;xo.exports=dp});var tu=u((AO,eu)=>{"use strict";function qp(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}eu.exports=qp});var nu=u((NO,iu)=>{"use strict";function gp(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}iu.exports=gp});var ou=u((_O,su)=>{"use strict";var hp=I(),yp=b(),au=ru(),Sp=tu(),Ip=nu(),Ap=6123233995736766e-32;function Np(r){var e,t,i,n,a;if(hp(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,n=t*Ip(t),t=yp(t+t),a=au-t,t=t*n-Ap,a-=t,a+=au;else{if(i<1e-8)return r;t=i*i,a=t*Sp(t),a=i*a+i}return e?-a:a}su.exports=Np});var vu=u((EO,uu)=>{"use strict";var _p=ou();uu.exports=_p});var fu=u((wO,cu)=>{"use strict";function Ep(r){return Math.abs(r)}cu.exports=Ep});var N=u((TO,lu)=>{"use strict";var wp=fu();lu.exports=wp});var mu=u((OO,pu)=>{"use strict";var Tp=Math.ceil;pu.exports=Tp});var qu=u((RO,du)=>{"use strict";var Op=mu();du.exports=Op});var hu=u((PO,gu)=>{"use strict";var Rp=R(),Pp=qu();function Fp(r){return r<0?Pp(r):Rp(r)}gu.exports=Fp});var Gr=u((FO,yu)=>{"use strict";var Lp=hu();yu.exports=Lp});var Iu=u((LO,Su)=>{"use strict";var Cp=1023;Su.exports=Cp});var Nu=u((CO,Au)=>{"use strict";var kp=-1023;Au.exports=kp});var Eu=u((kO,_u)=>{"use strict";var Dp=-1074;_u.exports=Dp});var Tu=u((DO,wu)=>{"use strict";var Gp=A(),Mp=P();function Hp(r){return r===Gp||r===Mp}wu.exports=Hp});var Er=u((GO,Ou)=>{"use strict";var bp=Tu();Ou.exports=bp});var Pu=u((MO,Ru)=>{"use strict";var $p=2147483648;Ru.exports=$p});var cr=u((HO,Fu)=>{"use strict";var Up=2147483647;Fu.exports=Up});var ku=u((bO,Cu)=>{"use strict";var Wp=_r(),Lu,Jt,Kt;Wp===!0?(Jt=1,Kt=0):(Jt=0,Kt=1);Lu={HIGH:Jt,LOW:Kt};Cu.exports=Lu});var jt=u(($O,Hu)=>{"use strict";var Bp=Nr(),Xp=j(),Gu=ku(),Mu=new Xp(1),Du=new Bp(Mu.buffer),Vp=Gu.HIGH,Qp=Gu.LOW;function Yp(r,e,t,i){return Mu[0]=r,e[i]=Du[Vp],e[i+t]=Du[Qp],e}Hu.exports=Yp});var $u=u((UO,bu)=>{"use strict";var Zp=jt();function Jp(r){return Zp(r,[0,0],1,0)}bu.exports=Jp});var Le=u((WO,Wu)=>{"use strict";var Kp=ur(),Uu=$u(),jp=jt();Kp(Uu,"assign",jp);Wu.exports=Uu});var Xu=u((BO,Bu)=>{"use strict";var zp=Pu(),xp=cr(),rm=Le(),em=C(),tm=re(),zt=[0,0];function im(r,e){var t,i;return rm.assign(r,zt,1,0),t=zt[0],t&=xp,i=em(e),i&=zp,t|=i,tm(t,zt[1])}Bu.exports=im});var Ce=u((XO,Vu)=>{"use strict";var nm=Xu();Vu.exports=nm});var Mr=u((VO,Qu)=>{"use strict";var am=22250738585072014e-324;Qu.exports=am});var xt=u((QO,Yu)=>{"use strict";var sm=Mr(),om=Er(),um=I(),vm=N(),cm=4503599627370496;function fm(r,e,t,i){return um(r)||om(r)?(e[i]=r,e[i+t]=0,e):r!==0&&vm(r)<sm?(e[i]=r*cm,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}Yu.exports=fm});var Ju=u((YO,Zu)=>{"use strict";var lm=xt();function pm(r){return lm(r,[0,0],1,0)}Zu.exports=pm});var zu=u((ZO,ju)=>{"use strict";var mm=ur(),Ku=Ju(),dm=xt();mm(Ku,"assign",dm);ju.exports=Ku});var te=u((JO,xu)=>{"use strict";var qm=2146435072;xu.exports=qm});var e1=u((KO,r1)=>{"use strict";var gm=C(),hm=te(),ym=vr();function Sm(r){var e=gm(r);return e=(e&hm)>>>20,e-ym|0}r1.exports=Sm});var i1=u((jO,t1)=>{"use strict";var Im=e1();t1.exports=Im});var a1=u((zO,n1)=>{"use strict";var Am=A(),Nm=P(),_m=vr(),Em=Iu(),wm=Nu(),Tm=Eu(),Om=I(),Rm=Er(),Pm=Ce(),Fm=zu().assign,Lm=i1(),Cm=Le(),km=re(),Dm=2220446049250313e-31,Gm=2148532223,ri=[0,0],ei=[0,0];function Mm(r,e){var t,i;return e===0||r===0||Om(r)||Rm(r)?r:(Fm(r,ri,1,0),r=ri[0],e+=ri[1],e+=Lm(r),e<Tm?Pm(0,r):e>Em?r<0?Nm:Am:(e<=wm?(e+=52,i=Dm):i=1,Cm.assign(r,ei,1,0),t=ei[0],t&=Gm,t|=e+_m<<20,i*km(t,ei[1])))}n1.exports=Mm});var ke=u((xO,s1)=>{"use strict";var Hm=a1();s1.exports=Hm});var u1=u((rR,o1)=>{"use strict";function bm(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}o1.exports=bm});var c1=u((eR,v1)=>{"use strict";var $m=ke(),Um=u1();function Wm(r,e,t){var i,n,a,s;return i=r-e,n=i*i,a=i-n*Um(n),s=1-(e-i*a/(2-a)-r),$m(s,t)}v1.exports=Wm});var q1=u((tR,d1)=>{"use strict";var Bm=I(),f1=Gr(),Xm=P(),l1=A(),Vm=c1(),Qm=.6931471803691238,Ym=19082149292705877e-26,p1=1.4426950408889634,Zm=709.782712893384,Jm=-745.1332191019411,m1=1/(1<<28),Km=-m1;function jm(r){var e,t,i;return Bm(r)||r===l1?r:r===Xm?0:r>Zm?l1:r<Jm?0:r>Km&&r<m1?1+r:(r<0?i=f1(p1*r-.5):i=f1(p1*r+.5),e=r-i*Qm,t=i*Ym,Vm(e,t,i))}d1.exports=jm});var w=u((iR,g1)=>{"use strict";var zm=q1();g1.exports=zm});var y1=u((nR,h1)=>{"use strict";var xm=R();function rd(r){return xm(r)===r}h1.exports=rd});var wr=u((aR,S1)=>{"use strict";var ed=y1();S1.exports=ed});var A1=u((sR,I1)=>{"use strict";var td=wr();function id(r){return td(r/2)}I1.exports=id});var _1=u((oR,N1)=>{"use strict";var nd=A1();N1.exports=nd});var T1=u((uR,w1)=>{"use strict";var E1=_1();function ad(r){return r>0?E1(r-1):E1(r+1)}w1.exports=ad});var De=u((vR,O1)=>{"use strict";var sd=T1();O1.exports=sd});var P1=u((cR,R1)=>{"use strict";var od=_r(),ti;od===!0?ti=0:ti=1;R1.exports=ti});var L1=u((fR,F1)=>{"use strict";var ud=Nr(),vd=j(),cd=P1(),ii=new vd(1),fd=new ud(ii.buffer);function ld(r,e){return ii[0]=r,fd[cd]=e>>>0,ii[0]}F1.exports=ld});var Hr=u((lR,C1)=>{"use strict";var pd=L1();C1.exports=pd});var D1=u((pR,k1)=>{"use strict";function md(r){return r|0}k1.exports=md});var ni=u((mR,G1)=>{"use strict";var dd=D1();G1.exports=dd});var b1=u((dR,H1)=>{"use strict";var M1=De(),qd=Ce(),gd=P(),Ge=A();function hd(r,e){return e===gd?Ge:e===Ge?0:e>0?M1(e)?r:0:M1(e)?qd(Ge,r):Ge}H1.exports=hd});var U1=u((qR,$1)=>{"use strict";var yd=cr(),Sd=C(),Id=1072693247,Me=1e300,He=1e-300;function Ad(r,e){var t,i;return i=Sd(r),t=i&yd,t<=Id?e<0?Me*Me:He*He:e>0?Me*Me:He*He}$1.exports=Ad});var X1=u((gR,B1)=>{"use strict";var Nd=N(),W1=A();function _d(r,e){return r===-1?(r-r)/(r-r):r===1?1:Nd(r)<1==(e===W1)?0:W1}B1.exports=_d});var ai=u((hR,V1)=>{"use strict";var Ed=20;V1.exports=Ed});var Y1=u((yR,Q1)=>{"use strict";function wd(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}Q1.exports=wd});var j1=u((SR,K1)=>{"use strict";var Td=C(),be=Hr(),Z1=Dr(),Od=vr(),Rd=ai(),Pd=Y1(),Fd=1048575,J1=1048576,Ld=1072693248,Cd=536870912,kd=524288,Dd=9007199254740992,Gd=.9617966939259756,Md=.9617967009544373,Hd=-7028461650952758e-24,bd=[1,1.5],$d=[0,.5849624872207642],Ud=[0,1350039202129749e-23];function Wd(r,e,t){var i,n,a,s,o,v,f,c,l,m,p,g,d,y,q,S,h,k,_,M,H,L;return M=0,t<J1&&(e*=Dd,M-=53,t=Td(e)),M+=(t>>Rd)-Od|0,H=t&Fd|0,t=H|Ld|0,H<=235662?L=0:H<767610?L=1:(L=0,M+=1,t-=J1),e=Z1(e,t),c=bd[L],k=e-c,_=1/(e+c),n=k*_,s=be(n,0),i=(t>>1|Cd)+kd,i+=L<<18,v=Z1(0,i),f=e-(v-c),o=_*(k-s*v-s*f),a=n*n,h=a*a*Pd(a),h+=o*(s+n),a=s*s,v=3+a+h,v=be(v,0),f=h-(v-3-a),k=s*v,_=o*v+f*n,m=k+_,m=be(m,0),p=_-(m-k),g=Md*m,d=Hd*m+p*Gd+Ud[L],l=$d[L],S=M,y=g+d+l+S,y=be(y,0),q=d-(y-S-l-g),r[0]=y,r[1]=q,r}K1.exports=Wd});var x1=u((IR,z1)=>{"use strict";function Bd(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}z1.exports=Bd});var e2=u((AR,r2)=>{"use strict";var Xd=Hr(),Vd=x1(),Qd=1.4426950408889634,Yd=1.4426950216293335,Zd=19259629911266175e-24;function Jd(r,e){var t,i,n,a,s,o;return n=e-1,a=n*n*Vd(n),s=Yd*n,o=n*Zd-a*Qd,i=s+o,i=Xd(i,0),t=o-(i-s),r[0]=i,r[1]=t,r}r2.exports=Jd});var i2=u((NR,t2)=>{"use strict";var Kd=.6931471805599453;t2.exports=Kd});var si=u((_R,n2)=>{"use strict";var jd=1048575;n2.exports=jd});var s2=u((ER,a2)=>{"use strict";function zd(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}a2.exports=zd});var p2=u((wR,l2)=>{"use strict";var xd=C(),o2=Dr(),rq=Hr(),eq=ni(),tq=ke(),iq=i2(),u2=vr(),v2=cr(),c2=si(),ie=ai(),nq=s2(),f2=1048576,aq=1071644672,sq=.6931471824645996,oq=-1904654299957768e-24;function uq(r,e,t){var i,n,a,s,o,v,f,c,l,m,p;return m=r&v2|0,p=(m>>ie)-u2|0,l=0,m>aq&&(l=r+(f2>>p+1)>>>0,p=((l&v2)>>ie)-u2|0,i=(l&~(c2>>p))>>>0,a=o2(0,i),l=(l&c2|f2)>>ie-p>>>0,r<0&&(l=-l),e-=a),a=t+e,a=rq(a,0),o=a*sq,v=(t-(a-e))*iq+a*oq,c=o+v,f=v-(c-o),a=c*c,n=c-a*nq(a),s=c*n/(n-2)-(f+c*f),c=1-(s-c),r=xd(c),r=eq(r),r+=l<<ie>>>0,r>>ie<=0?c=tq(c,l):c=o2(c,r),c}l2.exports=uq});var _2=u((TR,N2)=>{"use strict";var m2=I(),d2=De(),q2=Er(),vq=wr(),g2=b(),cq=N(),oi=Le(),fq=Hr(),h2=ni(),lq=P(),pq=A(),ui=cr(),mq=b1(),dq=U1(),qq=X1(),gq=j1(),hq=e2(),yq=p2(),Sq=1072693247,Iq=1105199104,Aq=1139802112,y2=1083179008,Nq=1072693248,_q=1083231232,Eq=3230714880,S2=31,fr=1e300,lr=1e-300,wq=8008566259537294e-32,x=[0,0],I2=[0,0];function A2(r,e){var t,i,n,a,s,o,v,f,c,l,m,p,g,d,y,q;if(m2(r)||m2(e))return NaN;if(oi.assign(e,x,1,0),o=x[0],v=x[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return g2(r);if(e===-.5)return 1/g2(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(q2(e))return qq(r,e)}if(oi.assign(r,x,1,0),a=x[0],s=x[1],s===0){if(a===0)return mq(r,e);if(r===1)return 1;if(r===-1&&d2(e))return-1;if(q2(r))return r===lq?A2(-0,-e):e<0?0:pq}if(r<0&&vq(e)===!1)return(r-r)/(r-r);if(n=cq(r),t=a&ui|0,i=o&ui|0,f=a>>>S2|0,c=o>>>S2|0,f&&d2(e)?f=-1:f=1,i>Iq){if(i>Aq)return dq(r,e);if(t<Sq)return c===1?f*fr*fr:f*lr*lr;if(t>Nq)return c===0?f*fr*fr:f*lr*lr;g=hq(I2,n)}else g=gq(I2,n,t);if(l=fq(e,0),p=(e-l)*g[0]+e*g[1],m=l*g[0],d=p+m,oi.assign(d,x,1,0),y=h2(x[0]),q=h2(x[1]),y>=y2){if((y-y2|q)!==0||p+wq>d-m)return f*fr*fr}else if((y&ui)>=_q&&((y-Eq|q)!==0||p<=d-m))return f*lr*lr;return d=yq(y,m,p),f*d}N2.exports=A2});var O=u((OR,E2)=>{"use strict";var Tq=_2();E2.exports=Tq});var Tr=u((RR,w2)=>{"use strict";var Oq=2.718281828459045;w2.exports=Oq});var W=u((PR,T2)=>{"use strict";var Rq=2220446049250313e-31;T2.exports=Rq});var R2=u((FR,O2)=>{"use strict";function Pq(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}O2.exports=Pq});var L2=u((LR,F2)=>{"use strict";var P2=I(),Fq=z(),Lq=b(),Cq=N(),kq=w(),vi=O(),Dq=Tr(),ci=W(),fi=R2(),li=10.900511;function Gq(r,e){var t,i,n,a,s,o,v;return P2(r)||P2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<ci?(s=v/r,s/=e,s):v===r&&e<ci?1/e:v===e&&r<ci?1/r:(r<e&&(o=e,e=r,r=o),i=r+li-.5,n=e+li-.5,a=v+li-.5,s=fi(r)*(fi(e)/fi(v)),t=r-.5-e,Cq(e*t)<a*100&&r>100?s*=kq(t*Fq(-e/a)):s*=vi(i/a,t),a>1e10?s*=vi(i/a*(n/a),e):s*=vi(i*n/(a*a),e),s*=Lq(Dq/n),s))}F2.exports=Gq});var k2=u((CR,C2)=>{"use strict";var Mq=L2();C2.exports=Mq});var G2=u((kR,D2)=>{"use strict";var Hq=A();function bq(r){return r===0&&1/r===Hq}D2.exports=bq});var H2=u((DR,M2)=>{"use strict";var $q=G2();M2.exports=$q});var U2=u((GR,$2)=>{"use strict";var Uq=H2(),b2=I(),pi=A();function Wq(r,e){return b2(r)||b2(e)?NaN:r===pi||e===pi?pi:r===e&&r===0?Uq(r)?r:e:r>e?r:e}$2.exports=Wq});var rr=u((MR,W2)=>{"use strict";var Bq=U2();W2.exports=Bq});var X2=u((HR,B2)=>{"use strict";var Xq=P();function Vq(r){return r===0&&1/r===Xq}B2.exports=Vq});var mi=u((bR,V2)=>{"use strict";var Qq=X2();V2.exports=Qq});var Z2=u(($R,Y2)=>{"use strict";var Yq=mi(),Q2=I(),di=P();function Zq(r,e){return Q2(r)||Q2(e)?NaN:r===di||e===di?di:r===e&&r===0?Yq(r)?r:e:r<e?r:e}Y2.exports=Zq});var B=u((UR,J2)=>{"use strict";var Jq=Z2();J2.exports=Jq});var $e=u((WR,K2)=>{"use strict";var Kq=17976931348623157e292;K2.exports=Kq});var qi=u((BR,j2)=>{"use strict";var jq=2147483647;j2.exports=jq});var x2=u((XR,z2)=>{"use strict";var zq=1.5707963267948966;z2.exports=zq});var br=u((VR,rv)=>{"use strict";var xq=3.141592653589793;rv.exports=xq});var tv=u((QR,ev)=>{"use strict";function rg(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}ev.exports=rg});var nv=u((YR,iv)=>{"use strict";function eg(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}iv.exports=eg});var sv=u((ZR,av)=>{"use strict";var tg=tv(),ig=nv();function ng(r,e){var t,i,n,a;return a=r*r,n=a*a,i=a*tg(a),i+=n*n*ig(a),t=.5*a,n=1-t,n+(1-n-t+(a*i-r*e))}av.exports=ng});var gi=u((JR,ov)=>{"use strict";var ag=sv();ov.exports=ag});var cv=u((KR,vv)=>{"use strict";var uv=-.16666666666666632,sg=.00833333333332249,og=-.0001984126982985795,ug=27557313707070068e-22,vg=-25050760253406863e-24,cg=158969099521155e-24;function fg(r,e){var t,i,n,a;return a=r*r,n=a*a,t=sg+a*(og+a*ug)+a*n*(vg+a*cg),i=a*r,e===0?r+i*(uv+a*t):r-(a*(.5*e-i*t)-e-i*uv)}vv.exports=fg});var hi=u((jR,fv)=>{"use strict";var lg=cv();fv.exports=lg});var pv=u((zR,lv)=>{"use strict";var pg=_r(),yi;pg===!0?yi=0:yi=1;lv.exports=yi});var qv=u((xR,dv)=>{"use strict";var mg=Nr(),dg=j(),qg=pv(),mv=new dg(1),gg=new mg(mv.buffer);function hg(r){return mv[0]=r,gg[qg]}dv.exports=hg});var hv=u((rP,gv)=>{"use strict";var yg=qv();gv.exports=yg});var Sv=u((eP,yv)=>{"use strict";function Sg(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}yv.exports=Sg});var Av=u((tP,Iv)=>{"use strict";var Ig=Sv();Iv.exports=Ig});var _v=u((iP,Nv)=>{"use strict";var Ag=Av();function Ng(r){return Ag(0,r)}Nv.exports=Ng});var wv=u((nP,Ev)=>{"use strict";var _g=_v();Ev.exports=_g});var Fv=u((aP,Pv)=>{"use strict";var Eg=R(),Ue=ke(),Xe=wv(),Ov=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],wg=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],Si=16777216,Ii=5960464477539063e-23,We=Xe(20),Tv=Xe(20),Be=Xe(20),T=Xe(20);function Rv(r,e,t,i,n,a,s,o,v){var f,c,l,m,p,g,d,y,q;for(m=a,q=i[t],y=t,p=0;y>0;p++)c=Ii*q|0,T[p]=q-Si*c|0,q=i[y-1]+c,y-=1;if(q=Ue(q,n),q-=8*Eg(q*.125),d=q|0,q-=d,l=0,n>0?(p=T[t-1]>>24-n,d+=p,T[t-1]-=p<<24-n,l=T[t-1]>>23-n):n===0?l=T[t-1]>>23:q>=.5&&(l=2),l>0){for(d+=1,f=0,p=0;p<t;p++)y=T[p],f===0?y!==0&&(f=1,T[p]=16777216-y):T[p]=16777215-y;if(n>0)switch(n){case 1:T[t-1]&=8388607;break;case 2:T[t-1]&=4194303;break}l===2&&(q=1-q,f!==0&&(q-=Ue(1,n)))}if(q===0){for(y=0,p=t-1;p>=a;p--)y|=T[p];if(y===0){for(g=1;T[a-g]===0;g++);for(p=t+1;p<=t+g;p++){for(v[o+p]=Ov[s+p],c=0,y=0;y<=o;y++)c+=r[y]*v[o+(p-y)];i[p]=c}return t+=g,Rv(r,e,t,i,n,a,s,o,v)}for(t-=1,n-=24;T[t]===0;)t-=1,n-=24}else q=Ue(q,-n),q>=Si?(c=Ii*q|0,T[t]=q-Si*c|0,t+=1,n+=24,T[t]=c):T[t]=q|0;for(c=Ue(1,n),p=t;p>=0;p--)i[p]=c*T[p],c*=Ii;for(p=t;p>=0;p--){for(c=0,g=0;g<=m&&g<=t-p;g++)c+=wg[g]*i[p+g];Be[t-p]=c}for(c=0,p=t;p>=0;p--)c+=Be[p];for(l===0?e[0]=c:e[0]=-c,c=Be[0]-c,p=1;p<=t;p++)c+=Be[p];return l===0?e[1]=c:e[1]=-c,d&7}function Tg(r,e,t,i){var n,a,s,o,v,f,c,l,m;for(a=4,o=i-1,s=(t-3)/24|0,s<0&&(s=0),f=t-24*(s+1),l=s-o,m=o+a,c=0;c<=m;c++)l<0?We[c]=0:We[c]=Ov[l],l+=1;for(c=0;c<=a;c++){for(n=0,l=0;l<=o;l++)n+=r[l]*We[o+(c-l)];Tv[c]=n}return v=a,Rv(r,e,v,Tv,f,a,s,o,We)}Pv.exports=Tg});var Cv=u((sP,Lv)=>{"use strict";var Og=Math.round;Lv.exports=Og});var Dv=u((oP,kv)=>{"use strict";var Rg=Cv();kv.exports=Rg});var bv=u((uP,Hv)=>{"use strict";var Pg=Dv(),Gv=C(),Fg=.6366197723675814,Lg=1.5707963267341256,Cg=6077100506506192e-26,kg=6077100506303966e-26,Dg=20222662487959506e-37,Gg=20222662487111665e-37,Mg=84784276603689e-45,Mv=2047;function Hg(r,e,t){var i,n,a,s,o,v,f;return n=Pg(r*Fg),s=r-n*Lg,o=n*Cg,f=e>>20|0,t[0]=s-o,i=Gv(t[0]),v=f-(i>>20&Mv),v>16&&(a=s,o=n*kg,s=a-o,o=n*Dg-(a-s-o),t[0]=s-o,i=Gv(t[0]),v=f-(i>>20&Mv),v>49&&(a=s,o=n*Gg,s=a-o,o=n*Mg-(a-s-o),t[0]=s-o)),t[1]=s-t[0]-o,n}Hv.exports=Hg});var Uv=u((vP,$v)=>{"use strict";var bg=cr(),$g=te(),Ug=si(),Wg=C(),Bg=hv(),Xg=re(),Vg=Fv(),Ve=bv(),Qg=0,Yg=16777216,pr=1.5707963267341256,Or=6077100506506192e-26,Qe=2*Or,Ye=3*Or,Ze=4*Or,Zg=598523,Jg=1072243195,Kg=1073928572,jg=1074752122,zg=1074977148,xg=1075183036,rh=1075388923,eh=1075594811,th=1094263291,ne=[0,0,0],ae=[0,0];function ih(r,e){var t,i,n,a,s,o,v,f;if(n=Wg(r)|0,a=n&bg|0,a<=Jg)return e[0]=r,e[1]=0,0;if(a<=jg)return(a&Ug)===Zg?Ve(r,a,e):a<=Kg?n>0?(f=r-pr,e[0]=f-Or,e[1]=f-e[0]-Or,1):(f=r+pr,e[0]=f+Or,e[1]=f-e[0]+Or,-1):n>0?(f=r-2*pr,e[0]=f-Qe,e[1]=f-e[0]-Qe,2):(f=r+2*pr,e[0]=f+Qe,e[1]=f-e[0]+Qe,-2);if(a<=eh)return a<=xg?a===zg?Ve(r,a,e):n>0?(f=r-3*pr,e[0]=f-Ye,e[1]=f-e[0]-Ye,3):(f=r+3*pr,e[0]=f+Ye,e[1]=f-e[0]+Ye,-3):a===rh?Ve(r,a,e):n>0?(f=r-4*pr,e[0]=f-Ze,e[1]=f-e[0]-Ze,4):(f=r+4*pr,e[0]=f+Ze,e[1]=f-e[0]+Ze,-4);if(a<th)return Ve(r,a,e);if(a>=$g)return e[0]=NaN,e[1]=NaN,0;for(t=Bg(r),i=(a>>20)-1046,f=Xg(a-(i<<20|0),t),o=0;o<2;o++)ne[o]=f|0,f=(f-ne[o])*Yg;for(ne[2]=f,s=3;ne[s-1]===Qg;)s-=1;return v=Vg(ne,ae,i,s,1),n<0?(e[0]=-ae[0],e[1]=-ae[1],-v):(e[0]=ae[0],e[1]=ae[1],v)}$v.exports=ih});var Ai=u((cP,Wv)=>{"use strict";var nh=Uv();Wv.exports=nh});var Vv=u((fP,Xv)=>{"use strict";var ah=cr(),sh=te(),oh=C(),Bv=gi(),Ni=hi(),uh=Ai(),vh=1072243195,ch=1045430272,er=[0,0];function fh(r){var e,t;if(e=oh(r),e&=ah,e<=vh)return e<ch?r:Ni(r,0);if(e>=sh)return NaN;switch(t=uh(r,er),t&3){case 0:return Ni(er[0],er[1]);case 1:return Bv(er[0],er[1]);case 2:return-Ni(er[0],er[1]);default:return-Bv(er[0],er[1])}}Xv.exports=fh});var _i=u((lP,Qv)=>{"use strict";var lh=Vv();Qv.exports=lh});var Ei=u((pP,Yv)=>{"use strict";var ph=2.5066282746310007;Yv.exports=ph});var Jv=u((mP,Zv)=>{"use strict";function mh(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}Zv.exports=mh});var zv=u((dP,jv)=>{"use strict";var dh=Ei(),Kv=O(),qh=w(),gh=Jv(),hh=143.01608;function yh(r){var e,t,i;return e=1/r,e=1+e*gh(e),t=qh(r),r>hh?(i=Kv(r,.5*r-.25),t=i*(i/t)):t=Kv(r,r-.5)/t,dh*t*e}jv.exports=yh});var r3=u((qP,xv)=>{"use strict";var Sh=.5772156649015329;xv.exports=Sh});var t3=u((gP,e3)=>{"use strict";var Ih=r3();function Ah(r,e){return e/((1+Ih*r)*r)}e3.exports=Ah});var n3=u((hP,i3)=>{"use strict";function Nh(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}i3.exports=Nh});var l3=u((yP,f3)=>{"use strict";var _h=I(),Eh=wr(),wh=mi(),a3=N(),Th=R(),Oh=_i(),s3=A(),o3=P(),u3=br(),v3=zv(),c3=t3(),Rh=n3();function Ph(r){var e,t,i,n;if(Eh(r)&&r<0||r===o3||_h(r))return NaN;if(r===0)return wh(r)?o3:s3;if(r>171.61447887182297)return s3;if(r<-170.5674972726612)return 0;if(t=a3(r),t>33)return r>=0?v3(r):(i=Th(t),(i&1)===0?e=-1:e=1,n=t-i,n>.5&&(i+=1,n=t-i),n=t*Oh(u3*n),e*u3/(a3(n)*v3(t)));for(n=1;r>=3;)r-=1,n*=r;for(;r<0;){if(r>-1e-9)return c3(r,n);n/=r,r+=1}for(;r<2;){if(r<1e-9)return c3(r,n);n/=r,r+=1}return r===2?n:(r-=2,n*Rh(r))}f3.exports=Ph});var mr=u((SP,p3)=>{"use strict";var Fh=l3();p3.exports=Fh});var se=u((IP,m3)=>{"use strict";var Lh=170;m3.exports=Lh});var d3=u((AP,Ch)=>{Ch.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var g3=u((NP,q3)=>{"use strict";var kh=I(),Dh=wr(),Gh=mr(),Mh=A(),Hh=se(),bh=d3();function $h(r){return kh(r)?NaN:Dh(r)?r<0?NaN:r<=Hh?bh[r]:Mh:Gh(r+1)}q3.exports=$h});var wi=u((_P,h3)=>{"use strict";var Uh=g3();h3.exports=Uh});var S3=u((EP,y3)=>{"use strict";function Wh(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}y3.exports=Wh});var A3=u((wP,I3)=>{"use strict";var Bh=S3();I3.exports=Bh});var _3=u((TP,N3)=>{"use strict";var Xh=A3();N3.exports=Xh});var $r=u((OP,E3)=>{"use strict";var Vh=10.900511;E3.exports=Vh});var k3=u((RP,C3)=>{"use strict";var w3=_3(),Qh=mr(),Yh=z(),T3=N(),O3=w(),R3=O(),P3=W(),Zh=Tr(),Jh=$r(),F3=se(),Kh=4269068009004705e289;function L3(r,e){var t,i,n;return r<P3?e>=F3?(i=L3(e,F3-e),i*=r,i*=Kh,1/i):1/(r*Qh(r+e)):(n=r+Jh-.5,r+e===r?T3(e/n)<P3?t=O3(-e):t=1:(T3(e)<10?t=O3((.5-r)*Yh(e/n)):t=R3(n/(n+e),r-.5),t*=w3(r)/w3(r+e)),t*=R3(Zh/(n+e),e),t)}C3.exports=L3});var $3=u((PP,b3)=>{"use strict";var jh=N(),D3=R(),G3=mr(),M3=wi(),H3=se(),zh=k3();function xh(r,e){var t,i,n;if(r<=0||r+e<=0)return G3(r)/G3(r+e);if(i=D3(e),i===e){if(n=D3(r),n===r&&r<=H3&&r+e<=H3)return M3(n-1)/M3(i+n-1);if(jh(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return zh(r,e)}b3.exports=xh});var W3=u((FP,U3)=>{"use strict";var ry=$3();U3.exports=ry});var X3=u((LP,B3)=>{"use strict";function ey(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}B3.exports=ey});var Q3=u((CP,V3)=>{"use strict";function ty(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}V3.exports=ty});var K3=u((kP,J3)=>{"use strict";var Y3=C(),iy=Dr(),ny=I(),ay=vr(),sy=P(),oy=X3(),uy=Q3(),Je=.6931471803691238,Ke=19082149292705877e-26,vy=0x40000000000000,cy=.3333333333333333,Z3=1048575,fy=2146435072,ly=1048576,py=1072693248;function my(r){var e,t,i,n,a,s,o,v,f,c,l,m;return r===0?sy:ny(r)||r<0?NaN:(t=Y3(r),a=0,t<ly&&(a-=54,r*=vy,t=Y3(r)),t>=fy?r+r:(a+=(t>>20)-ay|0,t&=Z3,v=t+614244&1048576|0,r=iy(r,t|v^py),a+=v>>20|0,o=r-1,(Z3&2+t)<3?o===0?a===0?0:a*Je+a*Ke:(s=o*o*(.5-cy*o),a===0?o-s:a*Je-(s-a*Ke-o)):(c=o/(2+o),m=c*c,v=t-398458|0,l=m*m,f=440401-t|0,n=l*oy(l),i=m*uy(l),v|=f,s=i+n,v>0?(e=.5*o*o,a===0?o-(e-c*(e+s)):a*Je-(e-(c*(e+s)+a*Ke)-o)):a===0?o-c*(o-s):a*Je-(c*(o-s)-a*Ke-o))))}J3.exports=my});var F=u((DP,j3)=>{"use strict";var dy=K3();j3.exports=dy});var r6=u((GP,x3)=>{"use strict";var qy=C(),Ti=gi(),z3=hi(),gy=Ai(),hy=cr(),yy=te(),tr=[0,0],Sy=1072243195,Iy=1044381696;function Ay(r){var e,t;if(e=qy(r),e&=hy,e<=Sy)return e<Iy?1:Ti(r,0);if(e>=yy)return NaN;switch(t=gy(r,tr),t&3){case 0:return Ti(tr[0],tr[1]);case 1:return-z3(tr[0],tr[1]);case 2:return-Ti(tr[0],tr[1]);default:return z3(tr[0],tr[1])}}x3.exports=Ay});var t6=u((MP,e6)=>{"use strict";var Ny=r6();e6.exports=Ny});var a6=u((HP,n6)=>{"use strict";var _y=I(),Ey=Er(),i6=t6(),Oi=_i(),wy=N(),oe=Ce(),ue=br();function Ty(r){var e,t;return _y(r)?NaN:Ey(r)?NaN:(t=r%2,e=wy(t),e===0||e===1?oe(0,t):e<.25?Oi(ue*t):e<.75?(e=.5-e,oe(i6(ue*e),t)):e<1.25?(t=oe(1,t)-t,Oi(ue*t)):e<1.75?(e-=1.5,-oe(i6(ue*e),t)):(t-=oe(2,t),Oi(ue*t)))}n6.exports=Ty});var o6=u((bP,s6)=>{"use strict";var Oy=a6();s6.exports=Oy});var v6=u(($P,u6)=>{"use strict";function Ry(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}u6.exports=Ry});var f6=u((UP,c6)=>{"use strict";function Py(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}c6.exports=Py});var p6=u((WP,l6)=>{"use strict";function Fy(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}l6.exports=Fy});var d6=u((BP,m6)=>{"use strict";function Ly(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}m6.exports=Ly});var g6=u((XP,q6)=>{"use strict";function Cy(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}q6.exports=Cy});var y6=u((VP,h6)=>{"use strict";function ky(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}h6.exports=ky});var I6=u((QP,S6)=>{"use strict";function Dy(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}S6.exports=Dy});var N6=u((YP,A6)=>{"use strict";function Gy(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}A6.exports=Gy});var E6=u((ZP,_6)=>{"use strict";function My(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}_6.exports=My});var T6=u((JP,w6)=>{"use strict";function Hy(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}w6.exports=Hy});var P6=u((KP,R6)=>{"use strict";var by=I(),$y=Er(),Uy=N(),Ur=F(),Wy=Gr(),By=o6(),Xy=br(),Ri=A(),Vy=v6(),Qy=f6(),Yy=p6(),Zy=d6(),Jy=g6(),Ky=y6(),jy=I6(),zy=N6(),xy=E6(),rS=T6(),eS=.07721566490153287,tS=.3224670334241136,iS=1,nS=-.07721566490153287,aS=.48383612272381005,sS=-.1475877229945939,oS=.06462494023913339,uS=-.07721566490153287,vS=1,cS=.4189385332046727,je=1.4616321449683622,fS=4503599627370496,lS=72057594037927940,pS=13877787807814457e-33,O6=1.4616321449683622,mS=-.12148629053584961,dS=-3638676997039505e-33;function qS(r){var e,t,i,n,a,s,o,v,f,c,l,m,p;if(by(r)||$y(r))return r;if(r===0)return Ri;if(r<0?(e=!0,r=-r):e=!1,r<pS)return-Ur(r);if(e){if(r>=fS||(f=By(r),f===0))return Ri;t=Ur(Xy/Uy(f*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-Ur(r),r>=je-1+.27?(l=1-r,i=0):r>=je-1-.27?(l=r-(O6-1),i=1):(l=r,i=2)):(p=0,r>=je+.27?(l=2-r,i=0):r>=je-.27?(l=r-O6,i=1):(l=r-1,i=2)),i){case 0:m=l*l,s=eS+m*Vy(m),a=m*(tS+m*Qy(m)),o=l*s+a,p+=o-.5*l;break;case 1:m=l*l,c=m*l,s=aS+c*Jy(c),a=sS+c*Ky(c),n=oS+c*jy(c),o=m*s-(dS-c*(a+l*n)),p+=mS+o;break;case 2:s=l*(uS+l*zy(l)),a=vS+l*xy(l),p+=-.5*l+s/a;break}else if(r<8)switch(i=Wy(r),l=r-i,o=l*(nS+l*Zy(l)),v=iS+l*Yy(l),p=.5*l+o/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=Ur(m)}else r<lS?(f=Ur(r),m=1/r,l=m*m,c=cS+m*rS(l),p=(r-.5)*(f-1)+c):p=r*(Ur(r)-1);return e&&(p=t-p),p}R6.exports=qS});var ve=u((jP,F6)=>{"use strict";var gS=P6();F6.exports=gS});var ir=u((zP,L6)=>{"use strict";var hS=709.782712893384;L6.exports=hS});var k6=u((xP,C6)=>{"use strict";var yS=14901161193847656e-24;C6.exports=yS});var G6=u((rF,D6)=>{"use strict";var SS=eval;D6.exports=SS});var H6=u((eF,M6)=>{"use strict";var IS=G6();function AS(){var r;try{IS('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}M6.exports=AS});var Pi=u((tF,b6)=>{"use strict";var NS=H6();b6.exports=NS});var U6=u((iF,$6)=>{"use strict";var ze=N(),_S=W(),ES=1e6;function wS(r,e){var t,i,n,a,s,o;if(o={},arguments.length>1&&(o=e),i=o.tolerance||_S,a=o.maxTerms||ES,s=o.initialValue||0,t=typeof r.next=="function",t===!0){for(n of r)if(s+=n,ze(i*s)>=ze(n)||--a===0)break}else do n=r(),s+=n;while(ze(i*s)<ze(n)&&--a);return s}$6.exports=wS});var X6=u((nF,B6)=>{"use strict";var W6=N(),TS=W(),OS=1e6;function RS(r,e){var t,i,n,a,s;s={},arguments.length>1&&(s=e),t=s.tolerance||TS,n=s.maxTerms||OS,a=s.initialValue||0;do i=r(),a+=i;while(W6(t*a)<W6(i)&&--n);return a}B6.exports=RS});var Wr=u((aF,V6)=>{"use strict";var PS=Pi(),FS=U6(),LS=X6(),Fi;PS()?Fi=FS:Fi=LS;V6.exports=Fi});var Y6=u((sF,Q6)=>{"use strict";function CS(r,e){var t=1,i=r,n=e;return a;function a(){var s=t;return t*=i/n,i-=1,s}}Q6.exports=CS});var J6=u((oF,Z6)=>{"use strict";var kS=Wr(),DS=Y6();function GS(r,e){var t,i;return i=DS(r,e),t=kS(i),t}Z6.exports=GS});var j6=u((uF,K6)=>{"use strict";var MS=w();function HS(r,e){var t,i,n,a;if(n=MS(-e),i=n,i!==0)for(t=i,a=1;a<r;++a)t/=a,t*=e,i+=t;return i}K6.exports=HS});var x6=u((vF,z6)=>{"use strict";function bS(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}z6.exports=bS});var ec=u((cF,rc)=>{"use strict";function $S(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}rc.exports=$S});var ic=u((fF,tc)=>{"use strict";function US(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}tc.exports=US});var ac=u((lF,nc)=>{"use strict";function WS(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}nc.exports=WS});var oc=u((pF,sc)=>{"use strict";function BS(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}sc.exports=BS});var vc=u((mF,uc)=>{"use strict";function XS(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}uc.exports=XS});var fc=u((dF,cc)=>{"use strict";function VS(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}cc.exports=VS});var pc=u((qF,lc)=>{"use strict";function QS(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}lc.exports=QS});var gc=u((gF,qc)=>{"use strict";var YS=I(),mc=w(),ZS=Hr(),JS=A(),KS=P(),jS=x6(),zS=ec(),xS=ic(),rI=ac(),eI=oc(),tI=vc(),iI=fc(),nI=pc(),xe=1e-300,aI=13877787807814457e-33,dc=.8450629115104675,sI=.12837916709551256,oI=1,uI=-.0023621185607526594,vI=1,cI=-.009864944034847148,fI=1,lI=-.0098649429247001,pI=1;function mI(r){var e,t,i,n,a,s,o,v;if(YS(r))return NaN;if(r===JS)return 0;if(r===KS)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<aI?1-r:(i=r*r,n=sI+i*jS(i),a=oI+i*zS(i),s=n/a,r<.25?1-(r+r*s):(n=r*s,n+=r-.5,.5-n));if(t<1.25)return a=t-1,o=uI+a*xS(a),v=vI+a*rI(a),e?1+dc+o/v:1-dc-o/v;if(t<28){if(a=1/(t*t),t<2.857142857142857)n=cI+a*eI(a),a=fI+a*tI(a);else{if(r<-6)return 2-xe;n=lI+a*iI(a),a=pI+a*nI(a)}return i=ZS(t,0),n=mc(-(i*i)-.5625)*mc((i-t)*(i+t)+n/a),e?2-n/t:n/t}return e?2-xe:xe*xe}qc.exports=mI});var Li=u((hF,hc)=>{"use strict";var dI=gc();hc.exports=dI});var Ic=u((yF,Sc)=>{"use strict";var qI=Li(),yc=b(),gI=w(),hI=br();function yI(r,e){var t,i,n,a,s;if(a=qI(yc(e)),a!==0&&r>1){for(i=gI(-e)/yc(hI*e),i*=e,t=.5,i/=t,n=i,s=2;s<r;++s)i/=s-t,i*=e,n+=i;a+=n}return a}Sc.exports=yI});var Rr=u((SF,Ac)=>{"use strict";var SI=-708.3964185322641;Ac.exports=SI});var wc=u((IF,Ec)=>{"use strict";var Br=w(),rt=O(),II=F(),Nc=ir(),_c=Rr();function AI(r,e){var t,i;return i=r*II(e),e>=1?i<Nc&&-e>_c?t=rt(e,r)*Br(-e):r>=1?t=rt(e/Br(e/r),r):t=Br(i-e):i>_c?t=rt(e,r)*Br(-e):e/r<Nc?t=rt(e/Br(e/r),r):t=Br(i-e),t}Ec.exports=AI});var Ci=u((AF,Tc)=>{"use strict";function NI(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}Tc.exports=NI});var Rc=u((NF,Oc)=>{"use strict";var _I=Function;Oc.exports=_I});var Fc=u((_F,Pc)=>{"use strict";var EI=Rc();Pc.exports=EI});var Cc=u((EF,Lc)=>{"use strict";var wI=Fc(),TI=Ci();function OI(r){var e,t,i,n;if(r.length>500)return a;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,n=1;n<t;n++)e+="+x*",n<i&&(e+="("),e+=r[n];for(n=0;n<i-1;n++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new wI(e)();function a(s){return TI(r,s)}}Lc.exports=OI});var Gc=u((wF,Dc)=>{"use strict";var RI=ur(),kc=Ci(),PI=Cc();RI(kc,"factory",PI);Dc.exports=kc});var Hc=u((TF,Mc)=>{"use strict";function FI(r){var e=-r,t=-1,i=0;return n;function n(){return t*=e,i+=1,t/i}}Mc.exports=FI});var $c=u((OF,bc)=>{"use strict";var LI=N(),CI=F(),kI=W(),DI=Wr(),GI=Hc();function MI(r){var e,t;return r<=-1?NaN:(t=LI(r),t>.95?CI(1+r)-r:t<kI?-r*r/2:(e={initialValue:-r},DI(GI(r),e)))}bc.exports=MI});var ki=u((RF,Uc)=>{"use strict";var HI=$c();Uc.exports=HI});var Bc=u((PF,Wc)=>{"use strict";var bI=6.283185307179586;Wc.exports=bI});var Vc=u((FF,Xc)=>{"use strict";function $I(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}Xc.exports=$I});var Yc=u((LF,Qc)=>{"use strict";function UI(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}Qc.exports=UI});var Jc=u((CF,Zc)=>{"use strict";function WI(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}Zc.exports=WI});var jc=u((kF,Kc)=>{"use strict";function BI(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}Kc.exports=BI});var xc=u((DF,zc)=>{"use strict";function XI(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}zc.exports=XI});var ef=u((GF,rf)=>{"use strict";function VI(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}rf.exports=VI});var nf=u((MF,tf)=>{"use strict";function QI(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}tf.exports=QI});var sf=u((HF,af)=>{"use strict";function YI(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}af.exports=YI});var uf=u((bF,of)=>{"use strict";function ZI(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}of.exports=ZI});var cf=u(($F,vf)=>{"use strict";var JI=Gc(),KI=ki(),jI=Li(),Di=b(),zI=w(),xI=Bc(),rA=Vc(),eA=Yc(),tA=Jc(),iA=jc(),nA=xc(),aA=ef(),sA=nf(),oA=sf(),uA=uf(),$=[0,0,0,0,0,0,0,0,0,0];function vA(r,e){var t,i,n,a,s;return i=(e-r)/r,n=-KI(i),a=r*n,s=Di(2*n),e<r&&(s=-s),$[0]=rA(s),$[1]=eA(s),$[2]=tA(s),$[3]=iA(s),$[4]=nA(s),$[5]=aA(s),$[6]=sA(s),$[7]=oA(s),$[8]=uA(s),$[9]=-.0005967612901927463,t=JI($,1/r),t*=zI(-a)/Di(xI*r),e<r&&(t=-t),t+=jI(Di(a))/2,t}vf.exports=vA});var lf=u((UF,ff)=>{"use strict";function cA(r,e){var t=1,i=r,n=e;return a;function a(){var s=t;return i+=1,t*=n/i,s}}ff.exports=cA});var Gi=u((WF,pf)=>{"use strict";var fA=Wr(),lA=lf();function pA(r,e,t){var i,n;return t=t||0,n=lA(r,e),i=fA(n,{initialValue:t}),i}pf.exports=pA});var df=u((BF,mf)=>{"use strict";function mA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}mf.exports=mA});var gf=u((XF,qf)=>{"use strict";var dA=df();qf.exports=dA});var ce=u((VF,hf)=>{"use strict";var qA=gf();hf.exports=qA});var If=u((QF,Sf)=>{"use strict";var gA=ce(),hA=ve(),yA=mr(),SA=ki(),IA=b(),AA=N(),dr=w(),fe=O(),Mi=rr(),Hi=B(),yf=F(),NA=$e(),et=ir(),le=Rr(),bi=$r(),_A=Tr();function EA(r,e){var t,i,n,a,s,o,v;return n=r+bi-.5,v=(e-r-bi+.5)/n,r<1?e<=le||r<1/NA?dr(r*yf(e)-e-hA(r)):fe(e,r)*dr(-e)/yA(r):(AA(v*v*r)<=100&&r>150?(t=r*SA(v)+e*(.5-bi)/n,t=dr(t)):(a=r*yf(e/n),s=r-e,Hi(a,s)<=le||Mi(a,s)>=et?(i=s/r,Hi(a,s)/2>le&&Mi(a,s)/2<et?(o=fe(e/n,r/2)*dr(s/2),t=o*o):Hi(a,s)/4>le&&Mi(a,s)/4<et&&e>r?(o=fe(e/n,r/4)*dr(s/4),t=o*o,t*=t):i>le&&i<et?t=fe(e*dr(i)/n,r):t=dr(a+s)):t=fe(e/n,r)*dr(s)),t*=IA(n/_A)/gA(r),t)}Sf.exports=EA});var _f=u((YF,Nf)=>{"use strict";var $i=I(),wA=Er(),Af=N(),TA=ee(),OA=F(),RA=O(),PA=Gr();function FA(r,e){var t,i;if($i(r)||$i(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((Af(e*(r-1))<.5||Af(e)<.2)&&(i=OA(r)*e,i<.5))return TA(i)}else if(PA(e)!==e)return NaN;return t=RA(r,e)-1,wA(t)||$i(t)?NaN:t}Nf.exports=FA});var wf=u((ZF,Ef)=>{"use strict";var LA=_f();Ef.exports=LA});var Of=u((JF,Tf)=>{"use strict";function CA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}Tf.exports=CA});var Pf=u((KF,Rf)=>{"use strict";function kA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}Rf.exports=kA});var Lf=u((jF,Ff)=>{"use strict";function DA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}Ff.exports=DA});var kf=u((zF,Cf)=>{"use strict";var Ui=F(),GA=W(),MA=Of(),HA=Pf(),bA=Lf(),$A=.15896368026733398,UA=.5281534194946289,WA=.45201730728149414;function BA(r,e,t){var i,n,a,s;if(r<GA)return-Ui(r);if(e===0||t===0)return 0;if(n=0,r>2){if(r>=3){do r-=1,t-=1,n+=Ui(r);while(r>=3);t=r-2}return a=t*(r+1),s=MA(t),n+=a*$A+a*s,n}return r<1&&(n+=-Ui(r),t=e,e=r,r+=1),r<=1.5?(a=HA(e),i=e*t,n+=i*UA+i*a,n):(a=t*e,s=bA(-t),n+=a*WA+a*s,n)}Cf.exports=BA});var bf=u((xF,Hf)=>{"use strict";var Df=mr(),Gf=ee(),XA=z(),VA=I(),Mf=kf();function QA(r){return VA(r)?NaN:r<0?r<-.5?Df(1+r)-1:Gf(-XA(r)+Mf(r+2,r+1,r)):r<2?Gf(Mf(r+1,r,r-1)):Df(1+r)-1}Hf.exports=QA});var Uf=u((rL,$f)=>{"use strict";var YA=bf();$f.exports=YA});var Bf=u((eL,Wf)=>{"use strict";function ZA(r,e){var t,i,n,a;return t=-e,e=-e,i=r+1,n=1,s;function s(){return a=t/i,t*=e,n+=1,t/=n,i+=1,a}}Wf.exports=ZA});var Vf=u((tL,Xf)=>{"use strict";var JA=wf(),KA=Wr(),jA=Uf(),zA=Bf();function xA(r,e,t){var i,n,a,s,o;return n=jA(r),a=(n+1)/r,s=JA(e,r),n-=s,n/=r,o=zA(r,e),s+=1,i=t?a:0,n=-s*KA(o,{initialValue:(i-n)/s}),t&&(n=-n),[n,a]}Xf.exports=xA});var Wi=u((iL,Qf)=>{"use strict";var rN=11754943508222875e-54;Qf.exports=rN});var Zf=u((nL,Yf)=>{"use strict";var tt=N(),X=Wi(),eN=W(),tN=1e6;function iN(r,e,t){var i,n,a,s,o,v,f;if(i=typeof r.next=="function",f=i?r.next().value:r(),s=f[1],a=f[0],s===0&&(s=X),o=s,v=0,i===!0)do f=r.next().value,f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,n=o*v,s*=n);while(tt(n-1)>e&&--t);else do f=r(),f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,n=o*v,s*=n);while(f&&tt(n-1)>e&&--t);return a/s}function nN(r,e,t){var i,n,a,s,o,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),a=v[1],a===0&&(a=X),s=a,o=0,i===!0)do v=r.next().value,v&&(o=v[1]+v[0]*o,o===0&&(o=X),s=v[1]+v[0]/s,s===0&&(s=X),o=1/o,n=s*o,a*=n);while(v&&tt(n-1)>e&&--t);else do v=r(),v&&(o=v[1]+v[0]*o,o===0&&(o=X),s=v[1]+v[0]/s,s===0&&(s=X),o=1/o,n=s*o,a*=n);while(v&&tt(n-1)>e&&--t);return a}function aN(r,e){var t,i,n;return i={},arguments.length>1&&(i=e),t=i.maxIter||tN,n=i.tolerance||eN,i.keep?nN(r,n,t):iN(r,n,t)}Yf.exports=aN});var jf=u((aL,Kf)=>{"use strict";var Jf=N(),sN=W(),Xr=Wi(),oN=1e6;function uN(r,e,t){var i,n,a,s,o,v;v=r(),o=v[1],n=v[0],o===0&&(o=Xr),a=o,s=0;do v=r(),v&&(s=v[1]+v[0]*s,s===0&&(s=Xr),a=v[1]+v[0]/a,a===0&&(a=Xr),s=1/s,i=a*s,o*=i);while(v&&Jf(i-1)>e&&--t);return n/o}function vN(r,e,t){var i,n,a,s,o;o=r(),s=o[1],s===0&&(s=Xr),n=s,a=0;do o=r(),o&&(a=o[1]+o[0]*a,a===0&&(a=Xr),n=o[1]+o[0]/n,n===0&&(n=Xr),a=1/a,i=n*a,s*=i);while(o&&Jf(i-1)>e&&--t);return s}function cN(r,e){var t,i,n;return i={},arguments.length>1&&(i=e),n=i.tolerance||sN,t=i.maxIter||oN,i.keep?vN(r,n,t):uN(r,n,t)}Kf.exports=cN});var Xi=u((sL,zf)=>{"use strict";var fN=Pi(),lN=Zf(),pN=jf(),Bi;fN()?Bi=lN:Bi=pN;zf.exports=Bi});var r4=u((oL,xf)=>{"use strict";function mN(r,e){var t=e-r+1,i=r,n=0;return a;function a(){return n+=1,t+=2,[n*(i-n),t]}}xf.exports=mN});var Vi=u((uL,e4)=>{"use strict";var dN=Xi(),qN=r4();function gN(r,e){var t=qN(r,e);return 1/(e-r+1+dN(t))}e4.exports=gN});var a4=u((vL,n4)=>{"use strict";var hN=R(),pe=mr(),Qi=N(),t4=O(),yN=F(),SN=k6(),i4=$e(),IN=ir(),AN=J6(),NN=j6(),_N=Ic(),Yi=wc(),EN=cf(),wN=Gi(),Zi=If(),TN=Vf(),ON=Vi();function RN(r,e,t,i){var n,a,s,o,v,f,c,l,m,p,g,d,y,q;switch(c=0,l=i,f=e<30&&e<=r+1&&r<IN,f?(y=hN(e),m=y===e,s=m?!1:Qi(y-e)===.5):(m=!1,s=!1),m&&r>.6?(l=!l,a=0):s&&r>.2?(l=!l,a=1):r<SN&&e>1?a=6:r>1e3&&(e<r||Qi(e-50)/r<1)?(l=!l,a=7):r<.5?-.4/yN(r)<e?a=2:a=3:r<1.1?r*.75<e?a=2:a=3:(v=!1,t&&e>20&&(p=Qi((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?a=5:r-1/(3*r)<e?a=2:(a=4,l=!l)),a){case 0:c=NN(e,r),t===!1&&(c*=pe(e));break;case 1:c=_N(e,r),t===!1&&(c*=pe(e));break;case 2:c=t?Zi(e,r):Yi(e,r),c!==0&&(o=0,n=!1,l&&(o=t?1:pe(e),t||c>=1||i4*c>o?(o/=c,t||e<1||i4/e>o?(o*=-e,n=!0):o=0):o=0),c*=wN(e,r,o)/e,n&&(l=!1,c=-c));break;case 3:l=!l,g=TN(e,r,l),c=g[0],q=g[1],l=!1,t&&(c/=q);break;case 4:c=t?Zi(e,r):Yi(e,r),c!==0&&(c*=ON(e,r));break;case 5:c=EN(e,r),r>=e&&(l=!l);break;case 6:c=t?t4(r,e)/pe(e+1):t4(r,e)/e,c*=1-e*r/(e+1);break;case 7:c=t?Zi(e,r):Yi(e,r),c/=r,c!==0&&(c*=AN(e,r));break}return t&&c>1&&(c=1),l&&(d=t?1:pe(e),c=d-c),c}n4.exports=RN});var v4=u((cL,u4)=>{"use strict";var PN=ve(),FN=w(),V=F(),LN=Ei(),CN=ir(),kN=A(),DN=se(),s4=a4(),o4=Gi(),GN=Vi();function MN(r,e,t,i){var n,a,s,o;return r<0||e<=0?NaN:(n=t===void 0?!0:t,s=i,e>=DN&&!n?(s&&e*4<r?(o=e*V(r)-r,o+=V(GN(e,r))):!s&&e>4*r?(o=e*V(r)-r,a=0,o+=V(o4(e,r,a)/e)):(o=s4(r,e,!0,s),o===0?s?(o=1+1/(12*e)+1/(288*e*e),o=V(o)-e+(e-.5)*V(e),o+=V(LN)):(o=e*V(r)-r,a=0,o+=V(o4(e,r,a)/e)):o=V(o)+PN(e)),o>CN?kN:FN(o)):s4(r,e,n,s))}u4.exports=MN});var f4=u((fL,c4)=>{"use strict";var HN=v4();c4.exports=HN});var d4=u((lL,m4)=>{"use strict";var Vr=w(),it=O(),bN=F(),l4=ir(),p4=Rr();function $N(r,e){var t,i;return i=r*bN(e),e>=1?i<l4&&-e>p4?t=it(e,r)*Vr(-e):r>=1?t=it(e/Vr(e/r),r):t=Vr(i-e):i>p4?t=it(e,r)*Vr(-e):e/r<l4?t=it(e/Vr(e/r),r):t=Vr(i-e),t}m4.exports=$N});var h4=u((pL,g4)=>{"use strict";var UN=ce(),WN=ve(),BN=mr(),XN=z(),VN=b(),QN=N(),qr=w(),me=O(),Ji=rr(),Ki=B(),q4=F(),nt=ir(),de=Rr(),ji=$r(),YN=Tr();function ZN(r,e){var t,i,n,a,s,o,v;return n=r+ji-.5,v=(e-r-ji+.5)/n,r<1?e<=de?qr(r*q4(e)-e-WN(r)):me(e,r)*qr(-e)/BN(r):(QN(v*v*r)<=100&&r>150?(t=r*(XN(v)-v)+e*(.5-ji)/n,t=qr(t)):(a=r*q4(e/n),s=r-e,Ki(a,s)<=de||Ji(a,s)>=nt?(i=s/r,Ki(a,s)/2>de&&Ji(a,s)/2<nt?(o=me(e/n,r/2)*qr(s/2),t=o*o):Ki(a,s)/4>de&&Ji(a,s)/4<nt&&e>r?(o=me(e/n,r/4)*qr(s/4),t=o*o,t*=t):i>de&&i<nt?t=me(e*qr(i)/n,r):t=qr(a+s)):t=me(e/n,r)*qr(s)),t*=VN(n/YN)/UN(r),t)}g4.exports=ZN});var N4=u((mL,A4)=>{"use strict";var JN=W3(),y4=wi(),KN=f4(),jN=z(),at=N(),S4=O(),zN=F(),xN=Mr(),I4=W(),r_=d4(),e_=h4(),gr=new Array(30);function t_(r,e,t,i,n,a,s){var o,v,f,c,l,m,p,g,d,y,q,S,h,k,_,M,H,L;if(m=e-1,H=r+m/2,i<.35?y=jN(-i):y=zN(t),L=-H*y,S=e_(e,L),S<=xN)return n;for(s?(o=S/JN(r,e),o/=S4(H,e)):o=r_(e,L)/S4(H,e),o*=a,gr[0]=1,h=KN(L,e,!0,!0),h/=S,c=n+o*h,f=1,p=y/2,p*=p,g=1,q=4*H*H,l=e,_=1;_<gr.length;++_){for(f+=2,gr[_]=0,d=e-_,v=3,k=1;k<_;++k)d=k*e-_,gr[_]+=d*gr[_-k]/y4(v),v+=2;if(gr[_]/=_,gr[_]+=m/y4(f),h=(l*(l+1)*h+(L+l+1)*g)/q,g*=p,l+=2,M=o*gr[_]*h,c+=M,M>1){if(at(M)<at(I4*c))break}else if(at(M/I4)<at(c))break}return c}A4.exports=t_});var E4=u((dL,_4)=>{"use strict";function i_(r,e,t){var i,n;if(t===0)return 1;for(i=1,n=0;n<t;n++)i*=(r+n)/(e+n);return i}_4.exports=i_});var O4=u((qL,T4)=>{"use strict";var w4=N(),n_=rr();function a_(r,e){return n_(w4(r),w4(e))}T4.exports=a_});var P4=u((gL,R4)=>{"use strict";var s_=O4();R4.exports=s_});var C4=u((hL,L4)=>{"use strict";var F4=N(),o_=B();function u_(r,e){return o_(F4(r),F4(e))}L4.exports=u_});var D4=u((yL,k4)=>{"use strict";var v_=C4();k4.exports=v_});var ot=u((SL,H4)=>{"use strict";var zi=ce(),c_=P4(),f_=D4(),G4=ee(),hr=z(),M4=b(),st=N(),Q=w(),Y=O(),l_=B(),D=F(),Z=ir(),Qr=Rr(),xi=$r(),p_=Tr();function m_(r,e,t,i,n){var a,s,o,v,f,c,l,m,p,g,d,y,q,S;if(!n)return Y(t,r)*Y(i,e);if(q=r+e,v=r+xi-.5,f=e+xi-.5,c=q+xi-.5,a=zi(q),a/=zi(r)*zi(e),a*=M4(f/p_),a*=M4(v/c),l=(t*e-i*v)/v,m=(i*r-t*f)/f,f_(l,m)<.2)if(l*m>0||l_(r,e)<1)st(l)<.1?a*=Q(r*hr(l)):a*=Y(t*c/v,r),st(m)<.1?a*=Q(e*hr(m)):a*=Y(i*c/f,e);else if(c_(l,m)<.5)s=r<e,o=e/r,s&&o*m<.1||!s&&l/o>.1?(p=G4(o*hr(m)),p=l+p+p*l,p=r*hr(p),a*=Q(p)):(p=G4(hr(l)/o),p=m+p+p*m,p=e*hr(p),a*=Q(p));else if(st(l)<st(m))if(S=r*hr(l)+e*D(i*c/f),S<=Qr||S>=Z){if(S+=D(a),S>=Z)return NaN;a=Q(S)}else a*=Q(S);else if(S=e*hr(m)+r*D(t*c/v),S<=Qr||S>=Z){if(S+=D(a),S>=Z)return NaN;a=Q(S)}else a*=Q(S);else if(d=t*c/v,y=i*c/f,l=r*D(d),m=e*D(y),l>=Z||l<=Qr||m>=Z||m<=Qr)if(r<e)if(g=Y(y,e/r),p=r*(D(d)+D(g)),p<Z&&p>Qr)a*=Y(g*d,r);else{if(m+=l+D(a),m>=Z)return NaN;a=Q(m)}else if(g=Y(d,r/e),p=(D(g)+D(y))*e,p<Z&&p>Qr)a*=Y(g*y,e);else{if(m+=l+D(a),m>=Z)return NaN;a=Q(m)}else a*=Y(d,r)*Y(y,e);return a}H4.exports=m_});var $4=u((IL,b4)=>{"use strict";var d_=Xi(),q_=ot(),g_={keep:!0,maxIter:1e3};function h_(r,e,t,i){var n=0;return a;function a(){var s,o,v;return o=(r+n-1)*(r+e+n-1)*n*(e-n)*t*t,s=r+2*n-1,o/=s*s,v=n,v+=n*(e-n)*t/(r+2*n-1),v+=(r+n)*(r*i-e*t+1+n*(2-t))/(r+2*n+1),n+=1,[o,v]}}function y_(r,e,t,i,n,a){var s,o,v;return s=q_(r,e,t,i,n),a&&(a[1]=s),s===0?s:(v=h_(r,e,t,i),o=d_(v,g_),s/o)}b4.exports=y_});var W4=u((AL,U4)=>{"use strict";var S_=9007199254740991;U4.exports=S_});var X4=u((NL,B4)=>{"use strict";function I_(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}B4.exports=I_});var Q4=u((_L,V4)=>{"use strict";function A_(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}V4.exports=A_});var x4=u((EL,z4)=>{"use strict";var Y4=I(),Z4=wr(),J4=A(),K4=P(),j4=qi(),N_=X4(),__=Q4();function E_(r,e){return Y4(r)||Y4(e)?NaN:r===J4||e===J4||r===K4||e===K4?NaN:Z4(r)&&Z4(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=j4&&e<=j4?N_(r,e):__(r,e)):NaN}z4.exports=E_});var e5=u((wL,r5)=>{"use strict";var w_=x4();r5.exports=w_});var a5=u((TL,n5)=>{"use strict";var T_=W4(),O_=A(),t5=wr(),i5=I(),R_=De(),P_=R(),F_=e5();function r0(r,e){var t,i,n,a,s,o,v;if(i5(r)||i5(e))return NaN;if(!t5(r)||!t5(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,R_(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=P_(T_/r),t=1,s=1;s<=e&&!(t>v);s++)t*=r,t/=s,r-=1;return s>e?i*t:(n=r0(r,e-s+1),n===O_?i*n:(a=r0(e,e-s+1),o=F_(n,a),n/=o,a/=o,t/=a,i*t*n))}n5.exports=r0});var o5=u((OL,s5)=>{"use strict";var L_=a5();s5.exports=L_});var c5=u((RL,v5)=>{"use strict";var u5=o5(),Pr=R(),qe=O(),C_=Mr();function k_(r,e,t,i){var n,a,s,o,v;if(a=qe(t,r),a>C_)for(o=a,v=Pr(r-1);v>e;v--)o*=(v+1)*i/((r-v)*t),a+=o;else if(s=Pr(r*t),s<=e+1&&(s=Pr(e+2)),a=qe(t,s)*qe(i,r-s),a*=u5(Pr(r),Pr(s)),a===0)for(v=s-1;v>e;v--)a+=qe(t,v)*qe(i,r-v),a*=u5(Pr(r),Pr(v));else{for(o=a,n=a,v=s-1;v>e;v--)o*=(v+1)*i/((r-v)*t),a+=o;for(o=n,v=s+1;v<=r;v++)o*=(r-v+1)*t/(v*i),a+=o}return a}v5.exports=k_});var l5=u((PL,f5)=>{"use strict";var D_=ot();function G_(r,e,t,i,n,a,s){var o,v,f,c;if(o=D_(r,e,t,i,a),s&&(s[1]=o),o/=r,o===0)return o;for(f=1,v=1,c=0;c<n-1;++c)v*=(r+e+c)*t/(r+c+1),f+=v;return o*=f,o}f5.exports=G_});var g5=u((FL,q5)=>{"use strict";var e0=ce(),M_=Wr(),H_=z(),b_=b(),t0=w(),ut=O(),ge=F(),$_=Mr(),p5=ir(),m5=Rr(),i0=$r(),U_=Tr(),d5={maxTerms:100};function W_(r,e,t,i){var n=1-e,a=1;return s;function s(){var o=i/r;return r+=1,i*=n*t/a,a+=1,n+=1,o}}function B_(r,e,t,i,n,a,s){var o,v,f,c,l,m,p,g;return n?(p=r+e,v=r+i0-.5,f=e+i0-.5,c=p+i0-.5,o=e0(p)/(e0(r)*e0(e)),l=ge(c/f)*(e-.5),m=ge(t*c/v)*r,l>m5&&l<p5&&m>m5&&m<p5?(r*e<f*10?o*=t0((e-.5)*H_(r/f)):o*=ut(c/f,e-.5),o*=ut(t*c/v,r),o*=b_(v/U_),a&&(a[1]=o*ut(s,e))):(o=ge(o)+l+m+(ge(v)-1)/2,a&&(a[1]=t0(o+e*ge(s))),o=t0(o))):o=ut(t,r),o<$_?i:(g=W_(r,e,t,o),d5.initialValue=i,M_(g,d5))}q5.exports=B_});var s0=u((LL,_5)=>{"use strict";var X_=I(),V_=ee(),vt=R(),h5=z(),y5=vu(),G=k2(),n0=b(),Q_=w(),he=O(),Y_=rr(),S5=B(),ct=$e(),I5=Mr(),Z_=qi(),J_=x2(),N5=br(),yr=N4(),a0=E4(),K_=ot(),A5=$4(),j_=c5(),ye=l5(),J=g5(),z_=1/N5;function x_(r,e,t,i,n,a,s,o){var v,f,c,l,m,p,g,d,y,q,S,h;if(h=1-r,g=o,d=o+s,a[d]=-1,X_(r)||r<0||r>1)return a[g]=NaN,a[d]=NaN,a;if(i){if(e<0||t<0)return a[g]=NaN,a[d]=NaN,a;if(e===0){if(t===0)return a[g]=NaN,a[d]=NaN,a;if(t>0)return a[g]=n?0:1,a}else if(t===0&&e>0)return a[g]=n?1:0,a}else if(e<=0||t<=0)return a[g]=NaN,a[d]=NaN,a;return r===0?(e===1?a[d]=1:a[d]=e<1?ct/2:I5*2,n?(a[g]=i?1:G(e,t),a):(a[g]=0,a)):r===1?(t===1?a[d]=1:a[d]=t<1?ct/2:I5*2,n?a[g]=0:a[g]=i?1:G(e,t),a):e===.5&&t===.5?(a[d]=z_*n0(h*r),S=y5(n0(n?h:r)),S/=J_,i||(S*=N5),a[g]=S,a):(e===1&&(p=t,t=e,e=p,p=h,h=r,r=p,n=!n),t===1?e===1?(a[g]=n?h:r,a[d]=1,a):(a[d]=e*he(r,e-1),h<.5?S=n?-V_(e*h5(-h)):Q_(e*h5(-h)):S=n?-(he(r,e)-1):he(r,e),i||(S/=e),a[g]=S,a):(S5(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=h,h=r,r=p,n=!n),Y_(e,t)<=1?e>=S5(.2,t)||he(r,e)<=.9?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,a,h)):c=J(e,t,r,0,i,a,h):(p=t,t=e,e=p,p=h,h=r,r=p,n=!n,h>=.3?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,a,h)):c=J(e,t,r,0,i,a,h):(i?f=1:f=a0(e+t,e,20),c=ye(e,t,r,h,20,i,a),n?(c-=i?1:G(e,t),n=!1,c=-yr(e+20,t,r,h,c,f,i)):c=yr(e+20,t,r,h,c,f,i))):t<=1||r<.1&&he(t*r,e)<=.7?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,a,h)):c=J(e,t,r,0,i,a,h):(p=t,t=e,e=p,p=h,h=r,r=p,n=!n,h>=.3?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,a,h)):c=J(e,t,r,0,i,a,h):e>=15?n?(c=-(i?1:G(e,t)),n=!1,c=-yr(e,t,r,h,c,1,i)):c=yr(e,t,r,h,0,1,i):(i?f=1:f=a0(e+t,e,20),c=ye(e,t,r,h,20,i,a),n?(c-=i?1:G(e,t),n=!1,c=-yr(e+20,t,r,h,c,f,i)):c=yr(e+20,t,r,h,c,f,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*h-t,v<0&&(p=t,t=e,e=p,p=h,h=r,r=p,n=!n),t<40?vt(e)===e&&vt(t)===t&&e<Z_-100?(y=e-1,q=t+y,c=j_(q,y,r,h),i||(c*=G(e,t))):t*r<=.7?n?(c=-(i?1:G(e,t)),n=!1,c=-J(e,t,r,c,i,a,h)):c=J(e,t,r,0,i,a,h):e>15?(q=vt(t),q===t&&(q-=1),l=t-q,i?f=1:f=a0(e+l,l,q),c=ye(l,e,h,r,q,i),c=yr(e,l,r,h,c,1,i),c/=f):i?(q=vt(t),l=t-q,l<=0&&(q-=1,l+=1),c=ye(l,e,h,r,q,i),c+=ye(e,l,r,h,20,i),n&&(c-=1),c=yr(e+20,l,r,h,c,1,i),n&&(c=-c,n=!1)):c=A5(e,t,r,h,i,a):c=A5(e,t,r,h,i,a)),a[d]<0&&(a[d]=K_(e,t,r,h,!0)),m=h*r,a[d]!==0&&(ct*m<a[d]?a[d]=ct/2:a[d]/=m),a[g]=n?(i?1:G(e,t))-c:c,a))}_5.exports=x_});var w5=u((CL,E5)=>{"use strict";var rE=s0();function eE(r,e,t,i,n){return rE(r,e,t,i,n,[0,0],1,0)}E5.exports=eE});var R5=u((kL,O5)=>{"use strict";var tE=ur(),T5=w5(),iE=s0();tE(T5,"assign",iE);O5.exports=T5});var F5=u((DL,P5)=>{"use strict";var nE=R5().assign;function aE(r,e,t,i,n){var a=[0,0];return i=i!==!1,n=n===!0,nE(r,e,t,i,n,a,1,0),a[0]}P5.exports=aE});var o0=u((GL,L5)=>{"use strict";var sE=F5();L5.exports=sE});var k5=u((ML,C5)=>{"use strict";var oE=Ar(),uE=o0(),u0=I(),vE=R(),cE=A();function fE(r,e,t){return u0(r)||u0(e)||u0(t)||t<0||t>1||!oE(e)||e===cE?NaN:r<0?0:r>=e?1:(r=vE(r+1e-7),uE(t,r+1,e-r,!0,!0))}C5.exports=fE});var G5=u((HL,D5)=>{"use strict";function lE(r){return e;function e(){return r}}D5.exports=lE});var ft=u((bL,M5)=>{"use strict";var pE=G5();M5.exports=pE});var b5=u(($L,H5)=>{"use strict";var mE=Ar(),dE=ft(),qE=o0(),v0=I(),gE=R(),hE=A();function yE(r,e){if(v0(r)||v0(e)||e<0||e>1||!mE(r)||r===hE)return dE(NaN);return t;function t(i){return v0(i)?NaN:i<0?0:i>=r?1:(i=gE(i+1e-7),qE(e,i+1,r-i,!0,!0))}}H5.exports=yE});var W5=u((UL,U5)=>{"use strict";var SE=ur(),$5=k5(),IE=b5();SE($5,"factory",IE);U5.exports=$5});var X5=u((WL,B5)=>{"use strict";var AE=R();function NE(r){return AE(r)===r&&r<0}B5.exports=NE});var Q5=u((BL,V5)=>{"use strict";var _E=X5();V5.exports=_E});var Z5=u((XL,Y5)=>{"use strict";var EE=Q5(),wE=ve();function TE(r){return EE(r)?NaN:wE(r+1)}Y5.exports=TE});var c0=u((VL,J5)=>{"use strict";var OE=Z5();J5.exports=OE});var z5=u((QL,j5)=>{"use strict";var lt=Ar(),pt=I(),RE=w(),nr=c0(),PE=rr(),FE=B(),K5=A();function LE(r,e,t,i){var n,a,s,o,v;return pt(r)||pt(e)||pt(t)||pt(i)||!lt(e)||!lt(t)||!lt(i)||e===K5||t===K5||t>e||i>e?NaN:(v=PE(0,i+t-e),o=FE(t,i),lt(r)&&v<=r&&r<=o?(a=nr(i)+nr(t)+nr(e-i)+nr(e-t),n=nr(e)+nr(r)+nr(i-r),n+=nr(t-r)+nr(e-t+r-i),s=a-n,RE(s)):0)}j5.exports=LE});var el=u((YL,rl)=>{"use strict";var mt=Ar(),dt=I(),CE=ft(),kE=w(),ar=c0(),DE=rr(),GE=B(),x5=A();function ME(r,e,t){var i,n;if(dt(r)||dt(e)||dt(t)||!mt(r)||!mt(e)||!mt(t)||r===x5||e===x5||e>r||t>r)return CE(NaN);return n=DE(0,t+e-r),i=GE(e,t),a;function a(s){var o,v,f;return dt(s)?NaN:mt(s)&&n<=s&&s<=i?(v=ar(t)+ar(e)+ar(r-t)+ar(r-e),o=ar(r)+ar(s)+ar(t-s),o+=ar(e-s)+ar(r-e+s-t),f=v-o,kE(f)):0}}rl.exports=ME});var f0=u((ZL,il)=>{"use strict";var HE=ur(),tl=z5(),bE=el();HE(tl,"factory",bE);il.exports=tl});var l0=u((JL,nl)=>{"use strict";function $E(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}nl.exports=$E});var ul=u((KL,ol)=>{"use strict";var p0=Ar(),qt=I(),UE=Gr(),WE=rr(),al=B(),BE=f0(),sl=A(),XE=j(),VE=l0();function QE(r,e,t,i){var n,a,s,o,v;if(qt(r)||qt(e)||qt(t)||qt(i)||!p0(e)||!p0(t)||!p0(i)||e===sl||t===sl||t>e||i>e)return NaN;if(r=UE(r),r<WE(0,i+t-e))return 0;if(r>=al(i,t))return 1;for(a=new XE(r+1),a[r]=BE(r,e,t,i),v=r-1;v>=0;v--)s=(v+1)*(e-t-(i-v-1)),n=(t-v)*(i-v),a[v]=s/n*a[v+1];return o=VE(a),al(o,1)}ol.exports=QE});var ll=u((jL,fl)=>{"use strict";var m0=Ar(),gt=I(),YE=ft(),ZE=Gr(),JE=rr(),vl=B(),KE=f0(),cl=A(),jE=j(),zE=l0();function xE(r,e,t){if(gt(r)||gt(e)||gt(t)||!m0(r)||!m0(e)||!m0(t)||r===cl||e===cl||e>r||t>r)return YE(NaN);return i;function i(n){var a,s,o,v,f;if(gt(n))return NaN;if(n=ZE(n),n<JE(0,t+e-r))return 0;if(n>=vl(t,e))return 1;for(s=new jE(n+1),s[n]=KE(n,r,e,t),f=n-1;f>=0;f--)o=(f+1)*(r-e-(t-f-1)),a=(e-f)*(t-f),s[f]=o/a*s[f+1];return v=zE(s),vl(v,1)}}fl.exports=xE});var dl=u((zL,ml)=>{"use strict";var rw=ur(),pl=ul(),ew=ll();rw(pl,"factory",ew);ml.exports=pl});var Cr=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],_e=r=>Cr.indexOf(r),Pl=_e("POST_TEST_TRAFFIC_SHIFT"),jr=_e("PRE_PRODUCTION_TRAFFIC_SHIFT"),Y0=_e("CLEAN_UP"),Lr=["SUCCESSFUL","STOPPED","ROLLBACK_SUCCESSFUL","ROLLBACK_FAILED"],Fl=["ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS","STOP_REQUESTED"],Nt=["PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"];function Ll(r,e,t){if(t!=="IN_PROGRESS"&&t!=="SUCCESSFUL")return[];let i=r===void 0||r==="RECONCILE_SERVICE"?-1:Nt.indexOf(r),n=Nt.indexOf(e);return n<0||i<0&&r!==void 0&&r!=="RECONCILE_SERVICE"||n<=i?[]:Nt.slice(i+1,n)}async function J0(r,e){let t=r.verify.every(o=>o.length===0),i,n=new Set(r.answered),a=r.clock.now(),s=await Fr(async()=>{let o=await r.ecs.describeServiceDeployment(r.arn,r.signal);if(!o)throw new Error(`ECS does not know service deployment ${r.arn}`);let v=o.lifecycleStage??"PENDING",f=o.status??"PENDING",c=!1;if(o.lifecycleStage&&e.at(-1)?.stage!==v){for(let d of Ll(e.at(-1)?.stage,v,f))e.push({stage:d,at:r.clock.now(),between:!0}),r.timeline.note("stage",`${d} (passed between two looks)`);e.push({stage:v,at:r.clock.now()}),await r.onStage?.(v,o),c=!0}c=r.timeline.observe("stage",`${v} (${f})`)||c;let l=o.targetServiceRevision?.requestedProductionTrafficWeight;if(l!==void 0&&l!==i&&(i=l,r.onWeight?.(l)),c=r.timeline.observe("traffic",Dl(o))||c,Lr.includes(f)||Fl.includes(f)){if(f==="SUCCESSFUL"){let d=Se(r.clock.now()-a);return U({ok:!0,deployment:o,reason:`ECS completed ${E(r.arn)} in ${d}`})}return Lr.includes(f)?U({ok:!1,cause:"ecs",deployment:o,reason:kl(o)}):Sr(c)}let m=_e(v),p={...r.gateContext,signal:r.signal??new AbortController().signal};if(!t&&m>=Pl&&m<Y0){for(let d of r.verify.filter(y=>y.length>0)){let y=await Z0(d,p,"verify",r);if(y)return U({ok:!1,cause:"gate",stage:v,...y})}t=!0,c=!0}if(m>=jr&&m<Y0&&r.watch.length>0){let d=await Z0(r.watch,p,v,r);if(d)return U({ok:!1,cause:"gate",stage:v,...d})}let g=Cl(o,n);if(g&&r.onPause){let d={hookId:g,stage:v,verified:t};if(r.timeline.note("hook",`ECS holds the deployment at a PAUSE hook during ${v}`),await r.onPause(d)==="hold")return U({ok:!0,deployment:o,reason:`held at ${v}`,paused:d});n.add(g),c=!0}return Sr(c)},{clock:r.clock,intervalMs:r.intervalMs,maxIntervalMs:r.intervalMs,deadline:r.deadline,signal:r.signal,onError:o=>r.timeline.note("error",`${o.message} (will retry)`)});return s.done?s.value:{ok:!1,cause:"timeout",reason:`service deployment ${E(r.arn)} not done within wait-timeout (plus the bake and step times ECS takes): ${r.timeline.latest(["stage","traffic"])}`}}async function Z0(r,e,t,i){let n=await E0(r,e);i.onReports?.(t,n);for(let s of n)i.timeline.observe(s.gate,s.observed);let a=n.find(s=>s.state==="failed")??n.find(s=>s.state!=="passed");return a?{gate:a.gate,reason:a.observed}:void 0}function Cl(r,e){return r.lifecycleHookDetails?.find(t=>t.targetType==="PAUSE"&&t.status==="AWAITING_ACTION"&&t.hookId&&!e.has(t.hookId))?.hookId}function kl(r){let e=E(r.serviceDeploymentArn),t=r.statusReason?`: ${r.statusReason}`:"",i=r.rollback?.reason?` (rollback: ${r.rollback.reason})`:"";return`ECS ended service deployment ${e} with ${r.status}${t}${i}`}function Dl(r){let e=r.targetServiceRevision,t=r.sourceServiceRevisions??[],i=o=>t.reduce((v,f)=>v+(f[o]??0),0),n=`production ${e?.requestedProductionTrafficWeight??0}% new / ${i("requestedProductionTrafficWeight")}% old`,a=`test ${e?.requestedTestTrafficWeight??0}% new`,s=`${e?.runningTaskCount??0}/${e?.requestedTaskCount??0} new tasks running`;return`${n}, ${a}, ${s}`}function E(r){return r?.split("/").pop()??"?"}var _t={BLUE_GREEN:"blue-green",LINEAR:"canary",CANARY:"canary"};function Ee(r){if((r.deploymentController?.type??"ECS")!=="ECS")return;let e=r.deploymentConfiguration?.strategy??"ROLLING";return e in _t?e:void 0}function we(r){for(let e of r.loadBalancers??[]){let t=e.advancedConfiguration;if(!(!t?.productionListenerRule||!t.alternateTargetGroupArn||!e.targetGroupArn))return{loadBalancer:e,productionListenerRule:t.productionListenerRule,testListenerRule:t.testListenerRule,targetGroups:[e.targetGroupArn,t.alternateTargetGroupArn]}}}async function K0(r,e,t,i){let[n]=await At(r,e,[{name:t,input:"service"}]),a=Ee(n),s=v=>new sr(`Invalid input service: service ${K(t)} ${v}`);if(!a){let v=n.deploymentController?.type??"ECS",f=v==="ECS"?`uses the ECS ${n.deploymentConfiguration?.strategy??"ROLLING"} deployment strategy`:`uses the ${v} deployment controller`;throw s(`${f}; ${i} with a single service needs the ECS ${i==="canary"?"LINEAR or CANARY":"BLUE_GREEN"} strategy (for a pair of services, give blue-service, green-service and listener-rule)`)}if(i!=="rolling"&&_t[a]!==i)throw s(`uses the ECS ${a} deployment strategy, which the ${_t[a]} action runs`);let o=we(n);if(!o)throw s(`uses the ECS ${a} strategy but no load balancer with advancedConfiguration (alternateTargetGroupArn, productionListenerRule)`);return L0(n,"service",!1),{service:n,strategy:a,routing:o}}async function j0(r,e,t){let[i]=await At(r.ecs,e,[{name:t,input:"service"}]),n=Ee(i)?we(i):void 0;if(!n)return;let a=n.productionListenerRule;return{subject:`service ${i.serviceName??t}`,key:i.serviceArn??t,listenerArn:A0(a)?a:N0(a)}}function Te(r){return r?.split(":").pop()?.split("/")[1]}var Oe=(r,e)=>new sr(`Invalid input ${r}: ${e}`);function z0(r,e){let t=a=>{let s=Cr.indexOf(a);return s>0&&s<=jr};if(!(e.deploymentConfiguration?.lifecycleHooks??[]).some(a=>a.targetType==="PAUSE"&&a.lifecycleStages?.some(t)))throw Oe("mode",`deploy with service needs a PAUSE lifecycle hook before production traffic moves (e.g. at POST_TEST_TRAFFIC_SHIFT) in the deploymentConfiguration of service ${K(r.service)}: ECS holds a service deployment nowhere else`)}async function x0(r,e,t){let i=K(r.service);if(!t)throw Oe("mode",`${r.mode}: no service deployment of ${i} is in flight`);if(r.mode!=="promote")return;let n=t.brief.serviceDeploymentArn,a=await e.describeServiceDeployment(n),s=a?.lifecycleHookDetails?.find(v=>v.targetType==="PAUSE"&&v.status==="AWAITING_ACTION");if(!s?.hookId)throw Oe("mode",`promote: service deployment ${E(n)} of ${i} is ${a?.status??"?"} at ${a?.lifecycleStage??"?"}, not held at a PAUSE hook`);let o=r.expectedTaskDefinitionArn;if(o&&!(t.taskDefinition&&w0(t.taskDefinition,o)))throw Oe("task-definition-arn",`the paused service deployment ${E(n)} deploys ${t.taskDefinition??"an unknown version"}, not ${o}`);return s.hookId}var Gl=["PENDING","IN_PROGRESS","STOP_REQUESTED","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"];async function Re(r,e){let{cluster:t}=r,{service:i,strategy:n,routing:a}=await K0(e.ecs,t,r.service,r.action),s=C0(i);if((r.desiredCount??s.desiredCount)<1)throw new sr(`Invalid input desired-count: service ${K(r.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`);let o=await Ml(e.ecs,t,s.arn),v=r.mode==="promote"||r.mode==="abort",f=v?await x0(r,e.ecs,o):void 0;if(r.mode==="deploy"&&z0(r,s),!v&&!r.taskDefinition)throw new Error(`mode ${r.mode} needs a task definition`);let c=v||!r.taskDefinition?{arn:o?.taskDefinition??s.taskDefinition}:await G0(r.taskDefinition,s.taskDefinition,e.ecs,r.allowFamilyChange),l=await e.rules.describeRule(a.productionListenerRule);if(!l)throw new sr(`Invalid input service: the production listener rule ${a.productionListenerRule} of service ${K(r.service)} was not found`);if(o&&!v&&!("arn"in c&&o.taskDefinition===c.arn))throw new sr(`Invalid input service: service deployment ${E(o.brief.serviceDeploymentArn)} of ${K(r.service)} is ${o.brief.status} (deploying ${o.taskDefinition}); wait for it to end, or run rollback`);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");return await I0(e.cloudwatch,r.alarms),{service:s,strategy:n,routing:a,plan:c,weights:Ie(l),inFlight:o?.brief,pausedHook:f}}async function Ml(r,e,t){let n=(await r.listServiceDeployments(e,t,{status:[...Gl]})).find(s=>!Lr.includes(s.status??""));if(!n)return;let a=n.targetServiceRevisionArn?await r.describeServiceRevision(n.targetServiceRevisionArn):void 0;return{brief:n,taskDefinition:a?.taskDefinition}}function rn(r){let e=r.service.deploymentConfiguration,t=e?.linearConfiguration,i=t?Math.ceil(100/(t.stepPercent??10))*(t.stepBakeTimeInMinutes??6):0,n=e?.canaryConfiguration?.canaryBakeTimeInMinutes??0;return((e?.bakeTimeInMinutes??0)+i+n)*6e4}function Hl(r){let e=r.indexOf("targetgroup/");return e>=0?r.slice(e):r}function en(r,e){let t=Math.floor(r/6e4)*6e4;return Math.max(60,Math.ceil((e-t)/6e4)*60)}function tn(r,e,t){return["canary","stable"].flatMap(i=>{let n={LoadBalancer:r,TargetGroup:Hl(e[i])},a=(o,v,f)=>({id:`${i}_${o}`,namespace:"AWS/ApplicationELB",metricName:v,dimensions:n,stat:f}),s=[a("requests","RequestCount","Sum"),a("errors","HTTPCode_Target_5XX_Count","Sum"),a("connection_errors","TargetConnectionErrorCount","Sum"),a("p99","TargetResponseTime","p99")];return t!==void 0&&s.push(a("fast","TargetResponseTime",`PR(:${$l(t)})`)),s})}function Et(r,e){let t=c=>r[`${e}_${c}`]??{timestamps:[],values:[]},i=c=>t(c).values.reduce((l,m)=>l+m,0),n=new Map,a=t("requests");a.timestamps.forEach((c,l)=>n.set(c,(n.get(c)??0)+a.values[l]));let s=i("requests"),o={requests:Math.round(s),errors:Math.min(Math.round(i("errors")+i("connection_errors")),Math.round(s))},v=bl(t("p99"),n);v!==void 0&&(o.p99=v);let f=t("fast");return r[`${e}_fast`]&&(o.slow=Math.round(f.timestamps.reduce((c,l,m)=>c+(n.get(l)??0)*(1-f.values[m]/100),0))),o}function bl(r,e){if(r.values.length===0)return;let t=0,i=0;return r.timestamps.forEach((n,a)=>{let s=e.get(n)??0;t+=r.values[a]*s,i+=s}),i>0?t/i:r.values.reduce((n,a)=>n+a,0)/r.values.length}function $l(r){return String(Number(r.toFixed(6)))}function or(r){let e=r*100;return`${e.toFixed(e<10?2:1).replace(/\.0+$|(\.\d*?)0+$/,"$1")}%`}function nn(r){return r>=1?`${r.toFixed(2)} s`:`${Math.round(r*1e3)} ms`}var ql=h0(W5(),1),gl=h0(dl(),1);function d0(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return yl(1-(0,gl.default)(r.hits-1,t,i,r.total))}function hl(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:yl(1-(0,ql.default)(r.hits-1,r.total,e))}function yl(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var Yr=r=>r.requests>0?r.errors/r.requests:0;function q0(r,e,t,i){let n=`${Sl("canary",r)}; ${Sl("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${n})`};let a=(c,l)=>`${l} p ${c<1e-4?"< 0.0001":`= ${c.toPrecision(2)}`}, ${c<i?"significant":"not significant"} at ${tw(i)} confidence`,s=[],o=Yr(r);if(o>t.maxErrorRate){let c=hl({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${or(o)} over max-error-rate ${or(t.maxErrorRate)} (${a(c,"exact binomial test")})`;if(c<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${n}`};s.push(l)}if(e.requests>0){let c=o-Yr(e);if(c>t.maxErrorRateIncrease){let l=d0({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${Il(c)} over stable, more than max-error-rate-increase ${Il(t.maxErrorRateIncrease)} (${a(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${n}`};s.push(m)}}else s.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${or(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${or(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=d0({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${a(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${n}`};s.push(`${l} (${p})`)}else s.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let f=s.length>0?`; ${s.join("; ")}`:"";return{verdict:"passed",reason:`${n}${f}`}}function Sl(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${nn(e.p99)}`;return`${r} ${or(Yr(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function tw(r){return or(1-r)}function Il(r){return`+${or(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var iw=.05,nw=.001,ht=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,n){this.metrics=e,this.target=t,this.settings=i,this.clock=n}begin(e,t,i,n){let a={requests:0,errors:0,errorRate:0},s=new Date(i).toISOString(),o={step:e,weight:t,start:s,end:s,canary:a,stable:a,verdict:"watching",reason:"no look yet"};this.steps.push(o),this.current={step:o,startedAt:i,endsAt:n,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:n,stable:a}=await this.look(t.startedAt,i,e?.signal),s=t.step;if(s.end=new Date(i).toISOString(),s.canary={...n,errorRate:Yr(n)},s.stable={...a,errorRate:Yr(a)},this.samples.push({at:i,weight:s.weight,canaryErrorRate:s.canary.errorRate,stableErrorRate:s.stable.errorRate}),i<t.endsAt){let o=q0(n,a,this.settings,nw);return o.verdict==="failed"?this.record("failed",o):{state:"passed",observed:o.reason}}return this.conclude(q0(n,a,this.settings,iw))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:n,targetGroups:a}=this.target,s=await this.metrics.metricData(tn(n,a,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:en(e,t)},i),o=Et(s,"canary"),v=Et(s,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:o,stable:v}}};function Al(r,e,t,i){if(!t)return;let[n,a]=e.routing.targetGroups,s=_0(e.routing.productionListenerRule),o=e.weights.find(f=>f.weight>0)?.targetGroupArn??n,v=o===n?a:n;return new ht(r,{loadBalancer:s,targetGroups:{canary:v,stable:o}},t,i)}function Nl(r,e,t,i){if(t<=0)return;let n=e.service.deploymentConfiguration,a=t>=100?Number.POSITIVE_INFINITY:n?.canaryConfiguration?.canaryBakeTimeInMinutes??n?.linearConfiguration?.stepBakeTimeInMinutes??0;r.begin(r.steps.length+1,t,i,i+a*6e4)}var yt=class{written=!1;denied=!1;ecs;service;log;stateOf;constructor(e,t,i,n){this.ecs=e,this.service=t,this.log=i,this.stateOf=n}async save(e,t){if(!this.denied)try{await this.ecs.tagResource(this.service.arn,P0(this.stateOf(e)),t),this.written=!0}catch(i){if(i.name!=="AccessDeniedException")throw i;this.denied=!0,this.log.warning(`the rollout record was not written on service ${this.service.name} (the role needs ecs:TagResource): ${It(i)}`)}}async saveEnding(e,t){!this.written||t||(e.status==="failed"||e.status==="rolled-back")&&await this.saveOrWarn(e.status)}async saveFinal(e){await this.save(e).catch(t=>{if(!(t instanceof y0))throw t})}async saveOrWarn(e){await this.save(e).catch(t=>this.log.warning(`the rollout record was not written: ${It(t)}`))}};var aw=6e4;async function _l(r,e){let{ports:t,options:i,context:n}=r,{ecs:a}=t,{cluster:s,service:o,taskDefinition:v}=e,c=(await a.updateService({cluster:s,service:o,taskDefinition:v,desiredCount:i.desiredCount},n.signal)).deployments?.find(q=>q.status==="PRIMARY"&&q.taskDefinition===v),l=c?.createdAt??new Date(n.clock.now()),m=new Date(l.getTime()-aw),p=new Map,g=async q=>(p.has(q)||p.set(q,(await a.describeServiceRevision(q))?.taskDefinition),p.get(q)),d=Math.min(i.waitTimeoutMs,12e4),y=await Fr(async()=>{for(let q of await a.listServiceDeployments(s,o,{after:m},n.signal)){let S=q.targetServiceRevisionArn;if(q.serviceDeploymentArn&&S&&await g(S)===v)return U(q.serviceDeploymentArn)}return Sr(!1)},{clock:n.clock,intervalMs:i.pollIntervalMs,deadline:n.clock.now()+d,signal:n.signal});if(!y.done)throw new Error(`UpdateService did not start a service deployment of ${v} on ${o} within ${Se(d)}`);return{arn:y.value,deploymentId:c?.id}}function El(r,e,t,i,n){return Fr(async()=>{let a=await r.describeServiceDeployment(e),s=a?.status??"unknown",o=t.observe("rollback",`${a?.lifecycleStage??"?"} (${s})`);return Lr.includes(s)?U(s):Sr(o)},{clock:i,intervalMs:n.pollIntervalMs,maxIntervalMs:n.pollIntervalMs,deadline:i.now()+n.waitTimeoutMs})}async function St(r,e){let{rollout:t,options:i,plan:n,context:a}=r,s=await r.ports.rules.describeRule(n.routing.productionListenerRule).catch(()=>{}),o=s?Ie(s):[],[v,f]=n.routing.targetGroups,c=wl(o);return{action:i.action,mode:i.mode,...e,startedAt:new Date(t.startedAt).toISOString(),finishedAt:new Date(a.clock.now()).toISOString(),durations:t.durations,cluster:i.cluster,service:n.service.name,strategy:n.strategy,serviceDeploymentArn:r.arn,deploymentId:r.deploymentId,stages:r.seen.map(({stage:l,at:m,between:p})=>({stage:l,atSeconds:D0(m-t.startedAt),...p?{between:p}:{}})),liveColor:Te(c),idleColor:Te(c===void 0?void 0:c===v?f:v),previousColor:Te(wl(n.weights)),weight:r.weight,taskDefinitionArn:r.taskDefinitionArn,previousTaskDefinitionArn:n.service.taskDefinition,analysis:r.analysis?.steps,run:i.run}}function wl(r){return[...r].sort((e,t)=>t.weight-e.weight).find(e=>e.weight>0)?.targetGroupArn}async function Tl(r){let{rollout:e,plan:t,ports:i,options:n}=r;r.arn=t.inFlight?.serviceDeploymentArn;let a="arn"in t.plan?t.plan.arn:r.taskDefinitionArn,s=await e.run([{name:"rollback",run:async()=>{let v={reason:"rollback asked",cause:"error"},f=await r.stop(v,{stop:!1,cancelled:!1}),c=`stopped service deployment ${E(r.arn)} with ROLLBACK${f.said}`;if(!f.restored)throw new Error(c);e.say(c);let l=await i.ecs.describeService(n.cluster,t.service.arn);r.taskDefinitionArn=l?.taskDefinition??r.taskDefinitionArn}}]);return{report:await St(r,s),timeline:e.timeline,gates:e.gates,rolledBackFrom:a}}async function Ol(r,e,t){let i=new g0(r,e,t,await Re(r,e));return r.mode==="abort"?Tl(i):i.run()}var g0=class{rollout;seen=[];taskDefinitionArn;arn;deploymentId;weight;endedByEcs;analysis;state;options;ports;context;plan;constructor(e,t,i,n){this.options=e,this.ports=t,this.context=i,this.plan=n,this.rollout=new b0(i,e.onFailure),this.taskDefinitionArn=n.service.taskDefinition,this.analysis=Al(t.metrics,n,e.analysis,i.clock);let a=n.service,s=T0(F0(a.tags));this.state=new yt(t.ecs,a,i.log,o=>({status:o,taskDefinition:this.taskDefinitionArn,previousTaskDefinition:a.taskDefinition,step:Math.max(0,Cr.indexOf(this.seen.at(-1)?.stage)),run:e.run,updatedAt:new Date(i.clock.now()).toISOString(),action:e.rollingBack?"rollback":e.action,history:o!=="succeeded"?s:e.rollingBack?R0(s,a.taskDefinition,this.taskDefinitionArn):O0(s,this.taskDefinitionArn,a.taskDefinition)}))}async run(){let{rollout:e,state:t}=this,i=await e.run([{name:"deploy",run:()=>this.deploy()},{name:"follow",run:()=>this.follow()}]),n=i.status==="succeeded"||i.status==="rolled-back"?i.status:"failed";return t.written&&!e.isCommitted&&i.status!=="paused"&&await t.saveFinal(n),{report:await St(this,i),timeline:e.timeline,gates:e.gates}}async deploy(){let{options:e,ports:t,plan:i,rollout:n,context:a}=this,{cluster:s}=e,o=i.service.arn;if(i.inFlight)this.taskDefinitionArn="arn"in i.plan?i.plan.arn:this.taskDefinitionArn,this.arn=i.inFlight.serviceDeploymentArn,n.timeline.note("rollout",`following service deployment ${E(this.arn)}, already in flight`),i.pausedHook&&this.arn&&(await t.ecs.continueServiceDeployment(this.arn,i.pausedHook,"CONTINUE",a.signal),n.timeline.note("hook",`ContinueServiceDeployment CONTINUE sent for ${E(this.arn)}`));else{let v={cluster:s,service:i.service},{arn:f,registered:c}=await k0(t,i.plan,v,a.signal);if(this.taskDefinitionArn=f,n.timeline.note("rollout",`${c?"registered":"deploying"} ${f}`),f===i.service.taskDefinition){n.say(`${i.service.name} already runs ${f}: nothing to deploy`);return}await this.state.save("deploying",a.signal);let l=await _l(this,{cluster:s,service:o,taskDefinition:f});this.arn=l.arn,this.deploymentId=l.deploymentId,n.timeline.note("rollout",`ECS started service deployment ${E(this.arn)} (${i.strategy})`)}this.deploymentId&&(n.watching={ecs:t.ecs,cluster:s,service:o,deploymentId:this.deploymentId}),n.onFailure({kind:"traffic",run:(v,f)=>this.stop(v,f)})}async follow(){let{options:e,rollout:t,context:i,arn:n}=this;if(!n)return;let a=M0(this.ports,e.healthCheckUrl,e.pollIntervalMs),s=H0(this.ports,e.verifyCommand,{ROLLOUT_SERVICE:this.plan.service.name,ROLLOUT_SERVICE_DEPLOYMENT_ARN:n,ROLLOUT_TASK_DEFINITION_ARN:this.taskDefinitionArn}),o=[...a];e.alarms.length>0&&o.push(new S0(this.ports.cloudwatch,e.alarms)),this.analysis&&o.push(this.analysis);let v=await t.timed("follow",()=>J0({ecs:this.ports.ecs,arn:n,timeline:t.timeline,clock:i.clock,signal:i.signal,intervalMs:e.pollIntervalMs,deadline:i.clock.now()+e.waitTimeoutMs+rn(this.plan),verify:[a,s?[s]:[]],watch:o,gateContext:{tasks:async()=>{let{deploymentId:c}=this;return c?this.ports.ecs.deploymentTasks(e.cluster,this.plan.service.arn,c):[]},expectedCount:e.desiredCount??this.plan.service.desiredCount},onStage:c=>this.onStage(c),onWeight:c=>this.onWeight(c),onReports:(c,l)=>t.keep(c,l),onPause:c=>this.onPause(c),answered:this.plan.pausedHook?[this.plan.pausedHook]:[]},this.seen));if(v.ok&&v.paused){await this.state.save("paused",i.signal);let c=v.paused.verified?" after passing the verify gates":"";return{status:"paused",reason:`ECS holds service deployment ${E(n)} of ${this.taskDefinitionArn} at its PAUSE hook during ${v.paused.stage}${c}; production traffic stays on ${this.plan.service.taskDefinition} until mode promote`}}if(v.ok){t.commit(),await this.state.saveOrWarn("succeeded"),t.say(`${v.reason}; ${this.plan.service.name} serves ${this.taskDefinitionArn}`);return}if(v.cause==="ecs")throw this.endedByEcs=v.deployment,new Ae({ok:!1,cause:"circuit-breaker",reason:v.reason});if(v.cause==="timeout")throw new Ae(v);let f=`during ${v.stage} of service deployment ${E(n)}`;throw new Ae({ok:!1,cause:"gate",gate:v.gate,reason:v.reason},f)}async onPause(e){return this.options.mode==="deploy"?"hold":(await this.ports.ecs.continueServiceDeployment(this.arn,e.hookId,"CONTINUE",this.context.signal),this.rollout.timeline.note("hook","ContinueServiceDeployment CONTINUE sent: every gate passed"),"continue")}async onStage(e){Cr.indexOf(e)===jr+1&&await this.state.save("switched",this.context.signal)}onWeight(e){this.weight=e,this.analysis&&Nl(this.analysis,this.plan,e,this.context.clock.now())}async stop(e,t){let i=this.endedByEcs;if(i){let o=i.status==="ROLLBACK_SUCCESSFUL";return{said:o?"; ECS rolled the service back to its previous revision":"",restored:o}}if(e.cause==="timeout"&&t.stop)return{said:" (on-failure: stop: ECS carries on)"};if(t.stop)return{said:" (on-failure: stop: the deployment goes on as ECS runs it)"};let{ecs:n}=this.ports,a=this.arn;if(await n.stopServiceDeployment(a),this.rollout.timeline.note("rollback",`StopServiceDeployment ROLLBACK sent for ${E(a)}`),t.cancelled)return{said:"; ECS was asked to roll back (not awaited)"};let s=await this.rollout.timed("rollback",()=>El(n,a,this.rollout.timeline,this.context.clock,this.options));return s.done?s.value!=="ROLLBACK_SUCCESSFUL"?{said:`; the rollback ended with ${s.value}`}:{said:`; ECS rolled the service back to ${this.plan.service.taskDefinition}`,restored:!0}:{said:`; the rollback of ${E(a)} did not end within wait-timeout`}}};var JC={...Q0,blueService:Zr("blue-service",Ne("service")),greenService:Zr("green-service",Ne("service")),listenerRule:Zr("listener-rule",V0),service:Zr("service",Ne("service"))},Rl=["blue-service","green-service","listener-rule"];function KC(r){let e=[r.blueService,r.greenService,r.listenerRule],t=Rl.filter((i,n)=>!e[n]);if(t.length>0)throw Jr(t.map(i=>`${i} is required (or service, for a service whose ECS deployment strategy is not ROLLING)`));return r}function jC(r,e){return Kr("service").trim()?e():r()}function zC(r,e,t,i,n,a=process.env){let o=[...[...Rl,"test-listener-rule"].map(l=>({name:l,default:void 0})),...i].filter(l=>{let m=t(l.name).trim();return m!==""&&m!==l.default}).map(l=>l.name);if(o.length>0)throw Jr(o.map(l=>`${l} is not used with service (ECS runs the deployment from the service's own configuration)`));let v=e.mode??"full",f=B0(e,a.GITHUB_WORKSPACE??"."),c=v==="promote"||v==="abort";if(c&&f&&!(v==="promote"&&f.kind==="arn"))throw Jr([`mode ${v} acts on the service deployment in flight: give no new version (task-definition-arn may name it with promote, as a check)`]);if(!c&&!f)throw Jr([`task-definition, task-definition-arn or image (with container) is required with mode ${v}`]);return{action:r,cluster:e.cluster,service:e.service,mode:v,taskDefinition:c?void 0:f,expectedTaskDefinitionArn:v==="promote"?e.taskDefinitionArn:void 0,allowFamilyChange:e.allowFamilyChange,desiredCount:e.desiredCount,alarms:e.alarms,healthCheckUrl:e.healthCheckUrl,verifyCommand:e.verifyCommand,analysis:n,waitTimeoutMs:e.waitTimeout,pollIntervalMs:e.pollInterval,onFailure:e.onFailure,run:X0(a),lockTimeoutMs:e.lockTimeout}}function xC(r,e,t,i){return{name:e,id:r,lock:(n,a)=>j0(a,n.cluster,n.service),check:Re,options:t,deploy:Ol,title:n=>`${e} of ${n.service} (ECS ${n.strategy})`,outputs:i,facts:n=>[["Cluster",n.cluster],["Service",n.service],["Strategy",`ECS ${n.strategy}`],["Service deployment",n.serviceDeploymentArn],["Stages",n.stages.map(a=>`${a.stage} (+${a.atSeconds}s)`).join(" \u2192 ")||void 0],["Live target group",n.liveColor],["Task definition",n.taskDefinitionArn],["Previous task definition",n.previousTaskDefinitionArn]]}}async function rk(r={},e=()=>{}){let t=Kr("cluster").trim(),i=Kr("service").trim();if(!t||!i)return{native:!1,overrides:r};let n=r.clients??$0(),a=W0(U0(n.ecs)),s={...r,clients:n,ecsBeforeLock:a};try{e(f=>Kr(f));let{found:[o]}=await a.describeServicesWithTags(t,[i]);return{native:o!==void 0&&Ee(o)!==void 0&&we(o)!==void 0,overrides:s}}catch{return{native:!1,overrides:s}}}export{yt as a,K0 as b,j0 as c,Gl as d,Re as e,or as f,nn as g,ht as h,Tl as i,Ol as j,g0 as k,JC as l,KC as m,jC as n,zC as o,xC as p,rk as q};
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
