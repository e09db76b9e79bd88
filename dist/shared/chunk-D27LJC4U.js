import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as I0,b as S0,d as H0,e as M0,g as Ae,h as b0}from"./chunk-7XW2M7WS.js";import{Aa as B0,Ba as Nt,Ca as or,D as U,Da as X0,E as Ir,Ea as V0,F as Fr,G as w0,H as T0,I as O0,J as R0,Ja as Ne,N as P0,O as F0,P as L0,Pa as Q0,Qa as Y0,Ra as Z0,Ta as J0,Z as C0,_ as At,b as Ie,ba as k0,d as sr,f as h0,g as St,ga as Se,h as K,j as Zr,ka as D0,la as G0,m as Jr,ua as Kr,v as A0,va as $0,w as N0,wa as U0,x as _0,y as E0,za as W0}from"./chunk-XGN4FOUZ.js";import{b as u,c as y0}from"./chunk-XTI4HEAM.js";var na=u((Ew,aa)=>{"use strict";var Ml=typeof Object.defineProperty=="function"?Object.defineProperty:null;aa.exports=Ml});var oa=u((ww,sa)=>{"use strict";var bl=na();function $l(){try{return bl({},"x",{}),!0}catch{return!1}}sa.exports=$l});var va=u((Tw,ua)=>{"use strict";var Ul=Object.defineProperty;ua.exports=Ul});var wt=u((Ow,ca)=>{"use strict";function Wl(r){return typeof r=="number"}ca.exports=Wl});var Tt=u((Rw,la)=>{"use strict";function Bl(r){return r[0]==="-"}function fa(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function Xl(r,e,t){var i=!1,a=e-r.length;return a<0||(Bl(r)&&(i=!0,r=r.substr(1)),r=t?r+fa(a):fa(a)+r,i&&(r="-"+r)),r}la.exports=Xl});var qa=u((Pw,da)=>{"use strict";var Vl=wt(),pa=Tt(),Ql=String.prototype.toLowerCase,ma=String.prototype.toUpperCase;function Yl(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!Vl(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=pa(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=pa(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===ma.call(r.specifier)?ma.call(t):Ql.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}da.exports=Yl});var ya=u((Fw,ga)=>{"use strict";function Zl(r){return typeof r=="string"}ga.exports=Zl});var Sa=u((Lw,Ia)=>{"use strict";var Jl=Math.abs,Kl=String.prototype.toLowerCase,ha=String.prototype.toUpperCase,Sr=String.prototype.replace,jl=/e\+(\d)$/,zl=/e-(\d)$/,xl=/^(\d+)$/,r7=/^(\d+)e/,e7=/\.0$/,t7=/\.0*e/,i7=/(\..*[^0])0*e/;function a7(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":Jl(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=Sr.call(i,i7,"$1e"),i=Sr.call(i,t7,"e"),i=Sr.call(i,e7,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=Sr.call(i,jl,"e+0$1"),i=Sr.call(i,zl,"e-0$1"),e.alternate&&(i=Sr.call(i,xl,"$1."),i=Sr.call(i,r7,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===ha.call(e.specifier)?ha.call(i):Kl.call(i),i}Ia.exports=a7});var _a=u((Cw,Na)=>{"use strict";function Aa(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function n7(r,e,t){var i=e-r.length;return i<0||(r=t?r+Aa(i):Aa(i)+r),r}Na.exports=n7});var wa=u((kw,Ea)=>{"use strict";var s7=qa(),o7=ya(),u7=wt(),v7=Sa(),c7=_a(),f7=Tt(),l7=String.fromCharCode,p7=Array.isArray;function Pe(r){return r!==r}function m7(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function d7(r){var e,t,i,a,n,s,o,v,f,c;if(!p7(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(s="",o=1,f=0;f<r.length;f++)if(i=r[f],o7(i))s+=i;else{if(e=i.precision!==void 0,i=m7(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+f+"`. Value: `"+i+"`.");for(i.mapping&&(o=i.mapping),t=i.flags,c=0;c<t.length;c++)switch(a=t.charAt(c),a){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+a)}if(i.width==="*"){if(i.width=parseInt(arguments[o],10),o+=1,Pe(i.width))throw new TypeError("the argument for * width at position "+o+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[o],10),o+=1,Pe(i.precision))throw new TypeError("the argument for * precision at position "+o+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[o],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=s7(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!Pe(i.arg)){if(n=parseInt(i.arg,10),n<0||n>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=Pe(n)?String(i.arg):l7(n)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!u7(i.arg))throw new Error("invalid floating-point number. Value: "+s);v=i.arg,i.padZeros=!1}i.arg=v7(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=f7(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=c7(i.arg,i.width,i.padRight)),s+=i.arg||"",o+=1}return s}Ea.exports=d7});var Oa=u((Dw,Ta)=>{"use strict";var q7=wa();Ta.exports=q7});var Pa=u((Gw,Ra)=>{"use strict";var Fe=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function g7(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function y7(r){var e,t,i,a;for(t=[],a=0,i=Fe.exec(r);i;)e=r.slice(a,Fe.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(g7(i)),a=Fe.lastIndex,i=Fe.exec(r);return e=r.slice(a),e.length&&t.push(e),t}Ra.exports=y7});var La=u((Hw,Fa)=>{"use strict";var h7=Pa();Fa.exports=h7});var ka=u((Mw,Ca)=>{"use strict";function I7(r){return typeof r=="string"}Ca.exports=I7});var Ha=u((bw,Ga)=>{"use strict";var S7=Oa(),A7=La(),N7=ka();function Da(r){var e,t;if(!N7(r))throw new TypeError(Da("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[A7(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return S7.apply(null,e)}Ga.exports=Da});var ba=u(($w,Ma)=>{"use strict";var _7=Ha();Ma.exports=_7});var Va=u((Uw,Xa)=>{"use strict";var $a=ba(),kr=Object.prototype,Ua=kr.toString,Wa=kr.__defineGetter__,Ba=kr.__defineSetter__,E7=kr.__lookupGetter__,w7=kr.__lookupSetter__;function T7(r,e,t){var i,a,n,s;if(typeof r!="object"||r===null||Ua.call(r)==="[object Array]")throw new TypeError($a("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||Ua.call(t)==="[object Array]")throw new TypeError($a("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(a="value"in t,a&&(E7.call(r,e)||w7.call(r,e)?(i=r.__proto__,r.__proto__=kr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),n="get"in t,s="set"in t,a&&(n||s))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return n&&Wa&&Wa.call(r,e,t.get),s&&Ba&&Ba.call(r,e,t.set),r}Xa.exports=T7});var Ya=u((Ww,Qa)=>{"use strict";var O7=oa(),R7=va(),P7=Va(),Ot;O7()?Ot=R7:Ot=P7;Qa.exports=Ot});var Ja=u((Bw,Za)=>{"use strict";var F7=Ya();function L7(r,e,t){F7(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}Za.exports=L7});var ur=u((Xw,Ka)=>{"use strict";var C7=Ja();Ka.exports=C7});var za=u((Vw,ja)=>{"use strict";var k7=Math.floor;ja.exports=k7});var R=u((Qw,xa)=>{"use strict";var D7=za();xa.exports=D7});var en=u((Yw,rn)=>{"use strict";var G7=R();function H7(r){return G7(r)===r&&r>=0}rn.exports=H7});var Ar=u((Zw,tn)=>{"use strict";var M7=en();tn.exports=M7});var nn=u((Jw,an)=>{"use strict";function b7(r){return r!==r}an.exports=b7});var S=u((Kw,sn)=>{"use strict";var $7=nn();sn.exports=$7});var un=u((jw,on)=>{"use strict";function U7(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}on.exports=U7});var cn=u((zw,vn)=>{"use strict";var W7=un();vn.exports=W7});var ln=u((xw,fn)=>{"use strict";var B7=cn(),X7=B7();function V7(){return X7&&typeof Symbol.toStringTag=="symbol"}fn.exports=V7});var mn=u((rT,pn)=>{"use strict";var Q7=ln();pn.exports=Q7});var Rt=u((eT,dn)=>{"use strict";var Y7=Object.prototype.toString;dn.exports=Y7});var gn=u((tT,qn)=>{"use strict";var Z7=Rt();function J7(r){return Z7.call(r)}qn.exports=J7});var hn=u((iT,yn)=>{"use strict";var K7=Object.prototype.hasOwnProperty;function j7(r,e){return r==null?!1:K7.call(r,e)}yn.exports=j7});var Sn=u((aT,In)=>{"use strict";var z7=hn();In.exports=z7});var Nn=u((nT,An)=>{"use strict";var x7=typeof Symbol=="function"?Symbol:void 0;An.exports=x7});var En=u((sT,_n)=>{"use strict";var r9=Nn();_n.exports=r9});var On=u((oT,Tn)=>{"use strict";var wn=En(),e9=typeof wn=="function"?wn.toStringTag:"";Tn.exports=e9});var Pn=u((uT,Rn)=>{"use strict";var t9=Sn(),zr=On(),Pt=Rt();function i9(r){var e,t,i;if(r==null)return Pt.call(r);t=r[zr],e=t9(r,zr);try{r[zr]=void 0}catch{return Pt.call(r)}return i=Pt.call(r),e?r[zr]=t:delete r[zr],i}Rn.exports=i9});var xr=u((vT,Fn)=>{"use strict";var a9=mn(),n9=gn(),s9=Pn(),Ft;a9()?Ft=s9:Ft=n9;Fn.exports=Ft});var Cn=u((cT,Ln)=>{"use strict";var o9=xr(),u9=typeof Uint32Array=="function";function v9(r){return u9&&r instanceof Uint32Array||o9(r)==="[object Uint32Array]"}Ln.exports=v9});var Dn=u((fT,kn)=>{"use strict";var c9=Cn();kn.exports=c9});var Hn=u((lT,Gn)=>{"use strict";var f9=4294967295;Gn.exports=f9});var bn=u((pT,Mn)=>{"use strict";var l9=typeof Uint32Array=="function"?Uint32Array:null;Mn.exports=l9});var Wn=u((mT,Un)=>{"use strict";var p9=Dn(),Lt=Hn(),$n=bn();function m9(){var r,e;if(typeof $n!="function")return!1;try{e=[1,3.14,-3.14,Lt+1,Lt+2],e=new $n(e),r=p9(e)&&e[0]===1&&e[1]===3&&e[2]===Lt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Un.exports=m9});var Xn=u((dT,Bn)=>{"use strict";var d9=Wn();Bn.exports=d9});var Qn=u((qT,Vn)=>{"use strict";var q9=typeof Uint32Array=="function"?Uint32Array:void 0;Vn.exports=q9});var Zn=u((gT,Yn)=>{"use strict";function g9(){throw new Error("not implemented")}Yn.exports=g9});var Nr=u((yT,Jn)=>{"use strict";var y9=Xn(),h9=Qn(),I9=Zn(),Ct;y9()?Ct=h9:Ct=I9;Jn.exports=Ct});var jn=u((hT,Kn)=>{"use strict";var S9=xr(),A9=typeof Float64Array=="function";function N9(r){return A9&&r instanceof Float64Array||S9(r)==="[object Float64Array]"}Kn.exports=N9});var xn=u((IT,zn)=>{"use strict";var _9=jn();zn.exports=_9});var es=u((ST,rs)=>{"use strict";var E9=typeof Float64Array=="function"?Float64Array:null;rs.exports=E9});var as=u((AT,is)=>{"use strict";var w9=xn(),ts=es();function T9(){var r,e;if(typeof ts!="function")return!1;try{e=new ts([1,3.14,-3.14,NaN]),r=w9(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}is.exports=T9});var ss=u((NT,ns)=>{"use strict";var O9=as();ns.exports=O9});var us=u((_T,os)=>{"use strict";var R9=typeof Float64Array=="function"?Float64Array:void 0;os.exports=R9});var cs=u((ET,vs)=>{"use strict";function P9(){throw new Error("not implemented")}vs.exports=P9});var j=u((wT,fs)=>{"use strict";var F9=ss(),L9=us(),C9=cs(),kt;F9()?kt=L9:kt=C9;fs.exports=kt});var ps=u((TT,ls)=>{"use strict";var k9=xr(),D9=typeof Uint8Array=="function";function G9(r){return D9&&r instanceof Uint8Array||k9(r)==="[object Uint8Array]"}ls.exports=G9});var ds=u((OT,ms)=>{"use strict";var H9=ps();ms.exports=H9});var gs=u((RT,qs)=>{"use strict";var M9=255;qs.exports=M9});var hs=u((PT,ys)=>{"use strict";var b9=typeof Uint8Array=="function"?Uint8Array:null;ys.exports=b9});var As=u((FT,Ss)=>{"use strict";var $9=ds(),Dt=gs(),Is=hs();function U9(){var r,e;if(typeof Is!="function")return!1;try{e=[1,3.14,-3.14,Dt+1,Dt+2],e=new Is(e),r=$9(e)&&e[0]===1&&e[1]===3&&e[2]===Dt-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Ss.exports=U9});var _s=u((LT,Ns)=>{"use strict";var W9=As();Ns.exports=W9});var ws=u((CT,Es)=>{"use strict";var B9=typeof Uint8Array=="function"?Uint8Array:void 0;Es.exports=B9});var Os=u((kT,Ts)=>{"use strict";function X9(){throw new Error("not implemented")}Ts.exports=X9});var Ps=u((DT,Rs)=>{"use strict";var V9=_s(),Q9=ws(),Y9=Os(),Gt;V9()?Gt=Q9:Gt=Y9;Rs.exports=Gt});var Ls=u((GT,Fs)=>{"use strict";var Z9=xr(),J9=typeof Uint16Array=="function";function K9(r){return J9&&r instanceof Uint16Array||Z9(r)==="[object Uint16Array]"}Fs.exports=K9});var ks=u((HT,Cs)=>{"use strict";var j9=Ls();Cs.exports=j9});var Gs=u((MT,Ds)=>{"use strict";var z9=65535;Ds.exports=z9});var Ms=u((bT,Hs)=>{"use strict";var x9=typeof Uint16Array=="function"?Uint16Array:null;Hs.exports=x9});var Us=u(($T,$s)=>{"use strict";var r8=ks(),Ht=Gs(),bs=Ms();function e8(){var r,e;if(typeof bs!="function")return!1;try{e=[1,3.14,-3.14,Ht+1,Ht+2],e=new bs(e),r=r8(e)&&e[0]===1&&e[1]===3&&e[2]===Ht-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}$s.exports=e8});var Bs=u((UT,Ws)=>{"use strict";var t8=Us();Ws.exports=t8});var Vs=u((WT,Xs)=>{"use strict";var i8=typeof Uint16Array=="function"?Uint16Array:void 0;Xs.exports=i8});var Ys=u((BT,Qs)=>{"use strict";function a8(){throw new Error("not implemented")}Qs.exports=a8});var Js=u((XT,Zs)=>{"use strict";var n8=Bs(),s8=Vs(),o8=Ys(),Mt;n8()?Mt=s8:Mt=o8;Zs.exports=Mt});var js=u((VT,Ks)=>{"use strict";var u8=Ps(),v8=Js(),c8={uint16:v8,uint8:u8};Ks.exports=c8});var eo=u((QT,ro)=>{"use strict";var zs=js(),xs;function f8(){var r,e;return r=new zs.uint16(1),r[0]=4660,e=new zs.uint8(r.buffer),e[0]===52}xs=f8();ro.exports=xs});var _r=u((YT,to)=>{"use strict";var l8=eo();to.exports=l8});var ao=u((ZT,io)=>{"use strict";var p8=_r(),bt;p8===!0?bt=1:bt=0;io.exports=bt});var oo=u((JT,so)=>{"use strict";var m8=Nr(),d8=j(),q8=ao(),no=new d8(1),g8=new m8(no.buffer);function y8(r){return no[0]=r,g8[q8]}so.exports=y8});var C=u((KT,uo)=>{"use strict";var h8=oo();uo.exports=h8});var co=u((jT,vo)=>{"use strict";var I8=_r(),$t;I8===!0?$t=1:$t=0;vo.exports=$t});var lo=u((zT,fo)=>{"use strict";var S8=Nr(),A8=j(),N8=co(),Ut=new A8(1),_8=new S8(Ut.buffer);function E8(r,e){return Ut[0]=r,_8[N8]=e>>>0,Ut[0]}fo.exports=E8});var Dr=u((xT,po)=>{"use strict";var w8=lo();po.exports=w8});var go=u((rO,qo)=>{"use strict";var T8=_r(),mo,Wt,Bt;T8===!0?(Wt=1,Bt=0):(Wt=0,Bt=1);mo={HIGH:Wt,LOW:Bt};qo.exports=mo});var Ao=u((eO,So)=>{"use strict";var O8=Nr(),R8=j(),ho=go(),Io=new R8(1),yo=new O8(Io.buffer),P8=ho.HIGH,F8=ho.LOW;function L8(r,e){return yo[P8]=r,yo[F8]=e,Io[0]}So.exports=L8});var re=u((tO,No)=>{"use strict";var C8=Ao();No.exports=C8});var A=u((iO,_o)=>{"use strict";var k8=Number.POSITIVE_INFINITY;_o.exports=k8});var wo=u((aO,Eo)=>{"use strict";Eo.exports=Number});var Oo=u((nO,To)=>{"use strict";var D8=wo();To.exports=D8});var P=u((sO,Ro)=>{"use strict";var G8=Oo(),H8=G8.NEGATIVE_INFINITY;Ro.exports=H8});var vr=u((oO,Po)=>{"use strict";var M8=1023;Po.exports=M8});var Lo=u((uO,Fo)=>{"use strict";var b8=.34657359027997264;Fo.exports=b8});var ko=u((vO,Co)=>{"use strict";function $8(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}Co.exports=$8});var $o=u((cO,bo)=>{"use strict";var U8=S(),Do=C(),Xt=Dr(),W8=re(),Go=A(),B8=P(),Ho=vr(),X8=Lo(),V8=ko(),Q8=709.782712893384,Vt=.6931471803691238,Qt=19082149292705877e-26,Mo=1.4426950408889634,Y8=38.816242111356935,Z8=1.0397207708399179;function J8(r){var e,t,i,a,n,s,o,v,f,c,l,m,p;if(r===Go||U8(r))return r;if(r===B8)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=Y8){if(i)return-1;if(v>=Q8)return Go}if(s=Do(v)|0,v>X8)v<Z8?i?(a=r+Vt,n=-Qt,p=-1):(a=r-Vt,n=Qt,p=1):(i?p=Mo*r-.5:p=Mo*r+.5,p|=0,l=p,a=r-l*Vt,n=l*Qt),r=a-n,c=a-r-n;else{if(s<1016070144)return r;p=0}return e=.5*r,f=r*e,o=1+f*V8(f),l=3-o*e,m=f*((o-l)/(6-r*l)),p===0?r-(r*m-f):(t=W8(Ho+p<<20,0),m=r*(m-c)-c,m-=f,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(a=Do(v)+(p<<20)|0,v=Xt(v,a)):v*=t,v-1):(l=1,p<20?(a=1072693248-(2097152>>p)|0,l=Xt(l,a),v=l-(m-r)):(a=Ho-p<<20|0,l=Xt(l,a),v=r-(m+l),v+=1),v*=t,v))}bo.exports=J8});var ee=u((fO,Uo)=>{"use strict";var K8=$o();Uo.exports=K8});var Bo=u((lO,Wo)=>{"use strict";function j8(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}Wo.exports=j8});var Zo=u((pO,Yo)=>{"use strict";var z8=S(),Xo=C(),Vo=Dr(),x8=A(),rp=P(),Qo=vr(),ep=Bo(),Yt=.6931471803691238,Zt=19082149292705877e-26,tp=.41421356237309503,ip=-.2928932188134525,ap=1862645149230957e-24,np=5551115123125783e-32,sp=9007199254740992,op=.6666666666666666;function up(r){var e,t,i,a,n,s,o,v,f,c;if(r<-1||z8(r))return NaN;if(r===-1)return rp;if(r===x8||r===0)return r;if(r<0?i=-r:i=r,c=1,i<tp){if(i<ap)return i<np?r:r-r*r*.5;r>ip&&(c=0,a=r,t=1)}return c!==0&&(i<sp?(f=1+r,t=Xo(f),c=(t>>20)-Qo,c>0?n=1-(f-r):n=r-(f-1),n/=f):(f=r,t=Xo(f),c=(t>>20)-Qo,n=0),t&=1048575,t<434334?f=Vo(f,t|1072693248):(c+=1,f=Vo(f,t|1071644672),t=1048576-t>>2),a=f-1),e=.5*a*a,t===0?a===0?(n+=c*Zt,c*Yt+n):(v=e*(1-op*a),c*Yt-(v-(c*Zt+n)-a)):(s=a/(2+a),o=s*s,v=o*ep(o),c===0?a-(e-s*(e+v)):c*Yt-(e-(s*(e+v)+(c*Zt+n))-a))}Yo.exports=up});var z=u((mO,Jo)=>{"use strict";var vp=Zo();Jo.exports=vp});var jo=u((dO,Ko)=>{"use strict";var cp=Math.sqrt;Ko.exports=cp});var b=u((qO,zo)=>{"use strict";var fp=jo();zo.exports=fp});var ru=u((gO,xo)=>{"use strict";var lp=.7853981633974483;xo.exports=lp});var tu=u((yO,eu)=>{"use strict";function pp(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}eu.exports=pp});var au=u((hO,iu)=>{"use strict";function mp(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}iu.exports=mp});var ou=u((IO,su)=>{"use strict";var dp=S(),qp=b(),nu=ru(),gp=tu(),yp=au(),hp=6123233995736766e-32;function Ip(r){var e,t,i,a,n;if(dp(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,a=t*yp(t),t=qp(t+t),n=nu-t,t=t*a-hp,n-=t,n+=nu;else{if(i<1e-8)return r;t=i*i,n=t*gp(t),n=i*n+i}return e?-n:n}su.exports=Ip});var vu=u((SO,uu)=>{"use strict";var Sp=ou();uu.exports=Sp});var fu=u((AO,cu)=>{"use strict";function Ap(r){return Math.abs(r)}cu.exports=Ap});var N=u((NO,lu)=>{"use strict";var Np=fu();lu.exports=Np});var mu=u((_O,pu)=>{"use strict";var _p=Math.ceil;pu.exports=_p});var qu=u((EO,du)=>{"use strict";var Ep=mu();du.exports=Ep});var yu=u((wO,gu)=>{"use strict";var wp=R(),Tp=qu();function Op(r){return r<0?Tp(r):wp(r)}gu.exports=Op});var Gr=u((TO,hu)=>{"use strict";var Rp=yu();hu.exports=Rp});var Su=u((OO,Iu)=>{"use strict";var Pp=1023;Iu.exports=Pp});var Nu=u((RO,Au)=>{"use strict";var Fp=-1023;Au.exports=Fp});var Eu=u((PO,_u)=>{"use strict";var Lp=-1074;_u.exports=Lp});var Tu=u((FO,wu)=>{"use strict";var Cp=A(),kp=P();function Dp(r){return r===Cp||r===kp}wu.exports=Dp});var Er=u((LO,Ou)=>{"use strict";var Gp=Tu();Ou.exports=Gp});var Pu=u((CO,Ru)=>{"use strict";var Hp=2147483648;Ru.exports=Hp});var cr=u((kO,Fu)=>{"use strict";var Mp=2147483647;Fu.exports=Mp});var ku=u((DO,Cu)=>{"use strict";var bp=_r(),Lu,Jt,Kt;bp===!0?(Jt=1,Kt=0):(Jt=0,Kt=1);Lu={HIGH:Jt,LOW:Kt};Cu.exports=Lu});var jt=u((GO,Mu)=>{"use strict";var $p=Nr(),Up=j(),Gu=ku(),Hu=new Up(1),Du=new $p(Hu.buffer),Wp=Gu.HIGH,Bp=Gu.LOW;function Xp(r,e,t,i){return Hu[0]=r,e[i]=Du[Wp],e[i+t]=Du[Bp],e}Mu.exports=Xp});var $u=u((HO,bu)=>{"use strict";var Vp=jt();function Qp(r){return Vp(r,[0,0],1,0)}bu.exports=Qp});var Le=u((MO,Wu)=>{"use strict";var Yp=ur(),Uu=$u(),Zp=jt();Yp(Uu,"assign",Zp);Wu.exports=Uu});var Xu=u((bO,Bu)=>{"use strict";var Jp=Pu(),Kp=cr(),jp=Le(),zp=C(),xp=re(),zt=[0,0];function rm(r,e){var t,i;return jp.assign(r,zt,1,0),t=zt[0],t&=Kp,i=zp(e),i&=Jp,t|=i,xp(t,zt[1])}Bu.exports=rm});var Ce=u(($O,Vu)=>{"use strict";var em=Xu();Vu.exports=em});var Hr=u((UO,Qu)=>{"use strict";var tm=22250738585072014e-324;Qu.exports=tm});var xt=u((WO,Yu)=>{"use strict";var im=Hr(),am=Er(),nm=S(),sm=N(),om=4503599627370496;function um(r,e,t,i){return nm(r)||am(r)?(e[i]=r,e[i+t]=0,e):r!==0&&sm(r)<im?(e[i]=r*om,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}Yu.exports=um});var Ju=u((BO,Zu)=>{"use strict";var vm=xt();function cm(r){return vm(r,[0,0],1,0)}Zu.exports=cm});var zu=u((XO,ju)=>{"use strict";var fm=ur(),Ku=Ju(),lm=xt();fm(Ku,"assign",lm);ju.exports=Ku});var te=u((VO,xu)=>{"use strict";var pm=2146435072;xu.exports=pm});var e1=u((QO,r1)=>{"use strict";var mm=C(),dm=te(),qm=vr();function gm(r){var e=mm(r);return e=(e&dm)>>>20,e-qm|0}r1.exports=gm});var i1=u((YO,t1)=>{"use strict";var ym=e1();t1.exports=ym});var n1=u((ZO,a1)=>{"use strict";var hm=A(),Im=P(),Sm=vr(),Am=Su(),Nm=Nu(),_m=Eu(),Em=S(),wm=Er(),Tm=Ce(),Om=zu().assign,Rm=i1(),Pm=Le(),Fm=re(),Lm=2220446049250313e-31,Cm=2148532223,ri=[0,0],ei=[0,0];function km(r,e){var t,i;return e===0||r===0||Em(r)||wm(r)?r:(Om(r,ri,1,0),r=ri[0],e+=ri[1],e+=Rm(r),e<_m?Tm(0,r):e>Am?r<0?Im:hm:(e<=Nm?(e+=52,i=Lm):i=1,Pm.assign(r,ei,1,0),t=ei[0],t&=Cm,t|=e+Sm<<20,i*Fm(t,ei[1])))}a1.exports=km});var ke=u((JO,s1)=>{"use strict";var Dm=n1();s1.exports=Dm});var u1=u((KO,o1)=>{"use strict";function Gm(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}o1.exports=Gm});var c1=u((jO,v1)=>{"use strict";var Hm=ke(),Mm=u1();function bm(r,e,t){var i,a,n,s;return i=r-e,a=i*i,n=i-a*Mm(a),s=1-(e-i*n/(2-n)-r),Hm(s,t)}v1.exports=bm});var q1=u((zO,d1)=>{"use strict";var $m=S(),f1=Gr(),Um=P(),l1=A(),Wm=c1(),Bm=.6931471803691238,Xm=19082149292705877e-26,p1=1.4426950408889634,Vm=709.782712893384,Qm=-745.1332191019411,m1=1/(1<<28),Ym=-m1;function Zm(r){var e,t,i;return $m(r)||r===l1?r:r===Um?0:r>Vm?l1:r<Qm?0:r>Ym&&r<m1?1+r:(r<0?i=f1(p1*r-.5):i=f1(p1*r+.5),e=r-i*Bm,t=i*Xm,Wm(e,t,i))}d1.exports=Zm});var w=u((xO,g1)=>{"use strict";var Jm=q1();g1.exports=Jm});var h1=u((rR,y1)=>{"use strict";var Km=R();function jm(r){return Km(r)===r}y1.exports=jm});var wr=u((eR,I1)=>{"use strict";var zm=h1();I1.exports=zm});var A1=u((tR,S1)=>{"use strict";var xm=wr();function rd(r){return xm(r/2)}S1.exports=rd});var _1=u((iR,N1)=>{"use strict";var ed=A1();N1.exports=ed});var T1=u((aR,w1)=>{"use strict";var E1=_1();function td(r){return r>0?E1(r-1):E1(r+1)}w1.exports=td});var De=u((nR,O1)=>{"use strict";var id=T1();O1.exports=id});var P1=u((sR,R1)=>{"use strict";var ad=_r(),ti;ad===!0?ti=0:ti=1;R1.exports=ti});var L1=u((oR,F1)=>{"use strict";var nd=Nr(),sd=j(),od=P1(),ii=new sd(1),ud=new nd(ii.buffer);function vd(r,e){return ii[0]=r,ud[od]=e>>>0,ii[0]}F1.exports=vd});var Mr=u((uR,C1)=>{"use strict";var cd=L1();C1.exports=cd});var D1=u((vR,k1)=>{"use strict";function fd(r){return r|0}k1.exports=fd});var ai=u((cR,G1)=>{"use strict";var ld=D1();G1.exports=ld});var b1=u((fR,M1)=>{"use strict";var H1=De(),pd=Ce(),md=P(),Ge=A();function dd(r,e){return e===md?Ge:e===Ge?0:e>0?H1(e)?r:0:H1(e)?pd(Ge,r):Ge}M1.exports=dd});var U1=u((lR,$1)=>{"use strict";var qd=cr(),gd=C(),yd=1072693247,He=1e300,Me=1e-300;function hd(r,e){var t,i;return i=gd(r),t=i&qd,t<=yd?e<0?He*He:Me*Me:e>0?He*He:Me*Me}$1.exports=hd});var X1=u((pR,B1)=>{"use strict";var Id=N(),W1=A();function Sd(r,e){return r===-1?(r-r)/(r-r):r===1?1:Id(r)<1==(e===W1)?0:W1}B1.exports=Sd});var ni=u((mR,V1)=>{"use strict";var Ad=20;V1.exports=Ad});var Y1=u((dR,Q1)=>{"use strict";function Nd(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}Q1.exports=Nd});var j1=u((qR,K1)=>{"use strict";var _d=C(),be=Mr(),Z1=Dr(),Ed=vr(),wd=ni(),Td=Y1(),Od=1048575,J1=1048576,Rd=1072693248,Pd=536870912,Fd=524288,Ld=9007199254740992,Cd=.9617966939259756,kd=.9617967009544373,Dd=-7028461650952758e-24,Gd=[1,1.5],Hd=[0,.5849624872207642],Md=[0,1350039202129749e-23];function bd(r,e,t){var i,a,n,s,o,v,f,c,l,m,p,g,d,h,q,I,y,k,_,H,M,L;return H=0,t<J1&&(e*=Ld,H-=53,t=_d(e)),H+=(t>>wd)-Ed|0,M=t&Od|0,t=M|Rd|0,M<=235662?L=0:M<767610?L=1:(L=0,H+=1,t-=J1),e=Z1(e,t),c=Gd[L],k=e-c,_=1/(e+c),a=k*_,s=be(a,0),i=(t>>1|Pd)+Fd,i+=L<<18,v=Z1(0,i),f=e-(v-c),o=_*(k-s*v-s*f),n=a*a,y=n*n*Td(n),y+=o*(s+a),n=s*s,v=3+n+y,v=be(v,0),f=y-(v-3-n),k=s*v,_=o*v+f*a,m=k+_,m=be(m,0),p=_-(m-k),g=kd*m,d=Dd*m+p*Cd+Md[L],l=Hd[L],I=H,h=g+d+l+I,h=be(h,0),q=d-(h-I-l-g),r[0]=h,r[1]=q,r}K1.exports=bd});var x1=u((gR,z1)=>{"use strict";function $d(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}z1.exports=$d});var e2=u((yR,r2)=>{"use strict";var Ud=Mr(),Wd=x1(),Bd=1.4426950408889634,Xd=1.4426950216293335,Vd=19259629911266175e-24;function Qd(r,e){var t,i,a,n,s,o;return a=e-1,n=a*a*Wd(a),s=Xd*a,o=a*Vd-n*Bd,i=s+o,i=Ud(i,0),t=o-(i-s),r[0]=i,r[1]=t,r}r2.exports=Qd});var i2=u((hR,t2)=>{"use strict";var Yd=.6931471805599453;t2.exports=Yd});var si=u((IR,a2)=>{"use strict";var Zd=1048575;a2.exports=Zd});var s2=u((SR,n2)=>{"use strict";function Jd(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}n2.exports=Jd});var p2=u((AR,l2)=>{"use strict";var Kd=C(),o2=Dr(),jd=Mr(),zd=ai(),xd=ke(),rq=i2(),u2=vr(),v2=cr(),c2=si(),ie=ni(),eq=s2(),f2=1048576,tq=1071644672,iq=.6931471824645996,aq=-1904654299957768e-24;function nq(r,e,t){var i,a,n,s,o,v,f,c,l,m,p;return m=r&v2|0,p=(m>>ie)-u2|0,l=0,m>tq&&(l=r+(f2>>p+1)>>>0,p=((l&v2)>>ie)-u2|0,i=(l&~(c2>>p))>>>0,n=o2(0,i),l=(l&c2|f2)>>ie-p>>>0,r<0&&(l=-l),e-=n),n=t+e,n=jd(n,0),o=n*iq,v=(t-(n-e))*rq+n*aq,c=o+v,f=v-(c-o),n=c*c,a=c-n*eq(n),s=c*a/(a-2)-(f+c*f),c=1-(s-c),r=Kd(c),r=zd(r),r+=l<<ie>>>0,r>>ie<=0?c=xd(c,l):c=o2(c,r),c}l2.exports=nq});var _2=u((NR,N2)=>{"use strict";var m2=S(),d2=De(),q2=Er(),sq=wr(),g2=b(),oq=N(),oi=Le(),uq=Mr(),y2=ai(),vq=P(),cq=A(),ui=cr(),fq=b1(),lq=U1(),pq=X1(),mq=j1(),dq=e2(),qq=p2(),gq=1072693247,yq=1105199104,hq=1139802112,h2=1083179008,Iq=1072693248,Sq=1083231232,Aq=3230714880,I2=31,fr=1e300,lr=1e-300,Nq=8008566259537294e-32,x=[0,0],S2=[0,0];function A2(r,e){var t,i,a,n,s,o,v,f,c,l,m,p,g,d,h,q;if(m2(r)||m2(e))return NaN;if(oi.assign(e,x,1,0),o=x[0],v=x[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return g2(r);if(e===-.5)return 1/g2(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(q2(e))return pq(r,e)}if(oi.assign(r,x,1,0),n=x[0],s=x[1],s===0){if(n===0)return fq(r,e);if(r===1)return 1;if(r===-1&&d2(e))return-1;if(q2(r))return r===vq?A2(-0,-e):e<0?0:cq}if(r<0&&sq(e)===!1)return(r-r)/(r-r);if(a=oq(r),t=n&ui|0,i=o&ui|0,f=n>>>I2|0,c=o>>>I2|0,f&&d2(e)?f=-1:f=1,i>yq){if(i>hq)return lq(r,e);if(t<gq)return c===1?f*fr*fr:f*lr*lr;if(t>Iq)return c===0?f*fr*fr:f*lr*lr;g=dq(S2,a)}else g=mq(S2,a,t);if(l=uq(e,0),p=(e-l)*g[0]+e*g[1],m=l*g[0],d=p+m,oi.assign(d,x,1,0),h=y2(x[0]),q=y2(x[1]),h>=h2){if((h-h2|q)!==0||p+Nq>d-m)return f*fr*fr}else if((h&ui)>=Sq&&((h-Aq|q)!==0||p<=d-m))return f*lr*lr;return d=qq(h,m,p),f*d}N2.exports=A2});var O=u((_R,E2)=>{"use strict";var _q=_2();E2.exports=_q});var Tr=u((ER,w2)=>{"use strict";var Eq=2.718281828459045;w2.exports=Eq});var W=u((wR,T2)=>{"use strict";var wq=2220446049250313e-31;T2.exports=wq});var R2=u((TR,O2)=>{"use strict";function Tq(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}O2.exports=Tq});var L2=u((OR,F2)=>{"use strict";var P2=S(),Oq=z(),Rq=b(),Pq=N(),Fq=w(),vi=O(),Lq=Tr(),ci=W(),fi=R2(),li=10.900511;function Cq(r,e){var t,i,a,n,s,o,v;return P2(r)||P2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<ci?(s=v/r,s/=e,s):v===r&&e<ci?1/e:v===e&&r<ci?1/r:(r<e&&(o=e,e=r,r=o),i=r+li-.5,a=e+li-.5,n=v+li-.5,s=fi(r)*(fi(e)/fi(v)),t=r-.5-e,Pq(e*t)<n*100&&r>100?s*=Fq(t*Oq(-e/n)):s*=vi(i/n,t),n>1e10?s*=vi(i/n*(a/n),e):s*=vi(i*a/(n*n),e),s*=Rq(Lq/a),s))}F2.exports=Cq});var k2=u((RR,C2)=>{"use strict";var kq=L2();C2.exports=kq});var G2=u((PR,D2)=>{"use strict";var Dq=A();function Gq(r){return r===0&&1/r===Dq}D2.exports=Gq});var M2=u((FR,H2)=>{"use strict";var Hq=G2();H2.exports=Hq});var U2=u((LR,$2)=>{"use strict";var Mq=M2(),b2=S(),pi=A();function bq(r,e){return b2(r)||b2(e)?NaN:r===pi||e===pi?pi:r===e&&r===0?Mq(r)?r:e:r>e?r:e}$2.exports=bq});var rr=u((CR,W2)=>{"use strict";var $q=U2();W2.exports=$q});var X2=u((kR,B2)=>{"use strict";var Uq=P();function Wq(r){return r===0&&1/r===Uq}B2.exports=Wq});var mi=u((DR,V2)=>{"use strict";var Bq=X2();V2.exports=Bq});var Z2=u((GR,Y2)=>{"use strict";var Xq=mi(),Q2=S(),di=P();function Vq(r,e){return Q2(r)||Q2(e)?NaN:r===di||e===di?di:r===e&&r===0?Xq(r)?r:e:r<e?r:e}Y2.exports=Vq});var B=u((HR,J2)=>{"use strict";var Qq=Z2();J2.exports=Qq});var $e=u((MR,K2)=>{"use strict";var Yq=17976931348623157e292;K2.exports=Yq});var qi=u((bR,j2)=>{"use strict";var Zq=2147483647;j2.exports=Zq});var x2=u(($R,z2)=>{"use strict";var Jq=1.5707963267948966;z2.exports=Jq});var br=u((UR,rv)=>{"use strict";var Kq=3.141592653589793;rv.exports=Kq});var tv=u((WR,ev)=>{"use strict";function jq(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}ev.exports=jq});var av=u((BR,iv)=>{"use strict";function zq(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}iv.exports=zq});var sv=u((XR,nv)=>{"use strict";var xq=tv(),rg=av();function eg(r,e){var t,i,a,n;return n=r*r,a=n*n,i=n*xq(n),i+=a*a*rg(n),t=.5*n,a=1-t,a+(1-a-t+(n*i-r*e))}nv.exports=eg});var gi=u((VR,ov)=>{"use strict";var tg=sv();ov.exports=tg});var cv=u((QR,vv)=>{"use strict";var uv=-.16666666666666632,ig=.00833333333332249,ag=-.0001984126982985795,ng=27557313707070068e-22,sg=-25050760253406863e-24,og=158969099521155e-24;function ug(r,e){var t,i,a,n;return n=r*r,a=n*n,t=ig+n*(ag+n*ng)+n*a*(sg+n*og),i=n*r,e===0?r+i*(uv+n*t):r-(n*(.5*e-i*t)-e-i*uv)}vv.exports=ug});var yi=u((YR,fv)=>{"use strict";var vg=cv();fv.exports=vg});var pv=u((ZR,lv)=>{"use strict";var cg=_r(),hi;cg===!0?hi=0:hi=1;lv.exports=hi});var qv=u((JR,dv)=>{"use strict";var fg=Nr(),lg=j(),pg=pv(),mv=new lg(1),mg=new fg(mv.buffer);function dg(r){return mv[0]=r,mg[pg]}dv.exports=dg});var yv=u((KR,gv)=>{"use strict";var qg=qv();gv.exports=qg});var Iv=u((jR,hv)=>{"use strict";function gg(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}hv.exports=gg});var Av=u((zR,Sv)=>{"use strict";var yg=Iv();Sv.exports=yg});var _v=u((xR,Nv)=>{"use strict";var hg=Av();function Ig(r){return hg(0,r)}Nv.exports=Ig});var wv=u((rP,Ev)=>{"use strict";var Sg=_v();Ev.exports=Sg});var Fv=u((eP,Pv)=>{"use strict";var Ag=R(),Ue=ke(),Xe=wv(),Ov=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],Ng=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],Ii=16777216,Si=5960464477539063e-23,We=Xe(20),Tv=Xe(20),Be=Xe(20),T=Xe(20);function Rv(r,e,t,i,a,n,s,o,v){var f,c,l,m,p,g,d,h,q;for(m=n,q=i[t],h=t,p=0;h>0;p++)c=Si*q|0,T[p]=q-Ii*c|0,q=i[h-1]+c,h-=1;if(q=Ue(q,a),q-=8*Ag(q*.125),d=q|0,q-=d,l=0,a>0?(p=T[t-1]>>24-a,d+=p,T[t-1]-=p<<24-a,l=T[t-1]>>23-a):a===0?l=T[t-1]>>23:q>=.5&&(l=2),l>0){for(d+=1,f=0,p=0;p<t;p++)h=T[p],f===0?h!==0&&(f=1,T[p]=16777216-h):T[p]=16777215-h;if(a>0)switch(a){case 1:T[t-1]&=8388607;break;case 2:T[t-1]&=4194303;break}l===2&&(q=1-q,f!==0&&(q-=Ue(1,a)))}if(q===0){for(h=0,p=t-1;p>=n;p--)h|=T[p];if(h===0){for(g=1;T[n-g]===0;g++);for(p=t+1;p<=t+g;p++){for(v[o+p]=Ov[s+p],c=0,h=0;h<=o;h++)c+=r[h]*v[o+(p-h)];i[p]=c}return t+=g,Rv(r,e,t,i,a,n,s,o,v)}for(t-=1,a-=24;T[t]===0;)t-=1,a-=24}else q=Ue(q,-a),q>=Ii?(c=Si*q|0,T[t]=q-Ii*c|0,t+=1,a+=24,T[t]=c):T[t]=q|0;for(c=Ue(1,a),p=t;p>=0;p--)i[p]=c*T[p],c*=Si;for(p=t;p>=0;p--){for(c=0,g=0;g<=m&&g<=t-p;g++)c+=Ng[g]*i[p+g];Be[t-p]=c}for(c=0,p=t;p>=0;p--)c+=Be[p];for(l===0?e[0]=c:e[0]=-c,c=Be[0]-c,p=1;p<=t;p++)c+=Be[p];return l===0?e[1]=c:e[1]=-c,d&7}function _g(r,e,t,i){var a,n,s,o,v,f,c,l,m;for(n=4,o=i-1,s=(t-3)/24|0,s<0&&(s=0),f=t-24*(s+1),l=s-o,m=o+n,c=0;c<=m;c++)l<0?We[c]=0:We[c]=Ov[l],l+=1;for(c=0;c<=n;c++){for(a=0,l=0;l<=o;l++)a+=r[l]*We[o+(c-l)];Tv[c]=a}return v=n,Rv(r,e,v,Tv,f,n,s,o,We)}Pv.exports=_g});var Cv=u((tP,Lv)=>{"use strict";var Eg=Math.round;Lv.exports=Eg});var Dv=u((iP,kv)=>{"use strict";var wg=Cv();kv.exports=wg});var bv=u((aP,Mv)=>{"use strict";var Tg=Dv(),Gv=C(),Og=.6366197723675814,Rg=1.5707963267341256,Pg=6077100506506192e-26,Fg=6077100506303966e-26,Lg=20222662487959506e-37,Cg=20222662487111665e-37,kg=84784276603689e-45,Hv=2047;function Dg(r,e,t){var i,a,n,s,o,v,f;return a=Tg(r*Og),s=r-a*Rg,o=a*Pg,f=e>>20|0,t[0]=s-o,i=Gv(t[0]),v=f-(i>>20&Hv),v>16&&(n=s,o=a*Fg,s=n-o,o=a*Lg-(n-s-o),t[0]=s-o,i=Gv(t[0]),v=f-(i>>20&Hv),v>49&&(n=s,o=a*Cg,s=n-o,o=a*kg-(n-s-o),t[0]=s-o)),t[1]=s-t[0]-o,a}Mv.exports=Dg});var Uv=u((nP,$v)=>{"use strict";var Gg=cr(),Hg=te(),Mg=si(),bg=C(),$g=yv(),Ug=re(),Wg=Fv(),Ve=bv(),Bg=0,Xg=16777216,pr=1.5707963267341256,Or=6077100506506192e-26,Qe=2*Or,Ye=3*Or,Ze=4*Or,Vg=598523,Qg=1072243195,Yg=1073928572,Zg=1074752122,Jg=1074977148,Kg=1075183036,jg=1075388923,zg=1075594811,xg=1094263291,ae=[0,0,0],ne=[0,0];function ry(r,e){var t,i,a,n,s,o,v,f;if(a=bg(r)|0,n=a&Gg|0,n<=Qg)return e[0]=r,e[1]=0,0;if(n<=Zg)return(n&Mg)===Vg?Ve(r,n,e):n<=Yg?a>0?(f=r-pr,e[0]=f-Or,e[1]=f-e[0]-Or,1):(f=r+pr,e[0]=f+Or,e[1]=f-e[0]+Or,-1):a>0?(f=r-2*pr,e[0]=f-Qe,e[1]=f-e[0]-Qe,2):(f=r+2*pr,e[0]=f+Qe,e[1]=f-e[0]+Qe,-2);if(n<=zg)return n<=Kg?n===Jg?Ve(r,n,e):a>0?(f=r-3*pr,e[0]=f-Ye,e[1]=f-e[0]-Ye,3):(f=r+3*pr,e[0]=f+Ye,e[1]=f-e[0]+Ye,-3):n===jg?Ve(r,n,e):a>0?(f=r-4*pr,e[0]=f-Ze,e[1]=f-e[0]-Ze,4):(f=r+4*pr,e[0]=f+Ze,e[1]=f-e[0]+Ze,-4);if(n<xg)return Ve(r,n,e);if(n>=Hg)return e[0]=NaN,e[1]=NaN,0;for(t=$g(r),i=(n>>20)-1046,f=Ug(n-(i<<20|0),t),o=0;o<2;o++)ae[o]=f|0,f=(f-ae[o])*Xg;for(ae[2]=f,s=3;ae[s-1]===Bg;)s-=1;return v=Wg(ae,ne,i,s,1),a<0?(e[0]=-ne[0],e[1]=-ne[1],-v):(e[0]=ne[0],e[1]=ne[1],v)}$v.exports=ry});var Ai=u((sP,Wv)=>{"use strict";var ey=Uv();Wv.exports=ey});var Vv=u((oP,Xv)=>{"use strict";var ty=cr(),iy=te(),ay=C(),Bv=gi(),Ni=yi(),ny=Ai(),sy=1072243195,oy=1045430272,er=[0,0];function uy(r){var e,t;if(e=ay(r),e&=ty,e<=sy)return e<oy?r:Ni(r,0);if(e>=iy)return NaN;switch(t=ny(r,er),t&3){case 0:return Ni(er[0],er[1]);case 1:return Bv(er[0],er[1]);case 2:return-Ni(er[0],er[1]);default:return-Bv(er[0],er[1])}}Xv.exports=uy});var _i=u((uP,Qv)=>{"use strict";var vy=Vv();Qv.exports=vy});var Ei=u((vP,Yv)=>{"use strict";var cy=2.5066282746310007;Yv.exports=cy});var Jv=u((cP,Zv)=>{"use strict";function fy(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}Zv.exports=fy});var zv=u((fP,jv)=>{"use strict";var ly=Ei(),Kv=O(),py=w(),my=Jv(),dy=143.01608;function qy(r){var e,t,i;return e=1/r,e=1+e*my(e),t=py(r),r>dy?(i=Kv(r,.5*r-.25),t=i*(i/t)):t=Kv(r,r-.5)/t,ly*t*e}jv.exports=qy});var r3=u((lP,xv)=>{"use strict";var gy=.5772156649015329;xv.exports=gy});var t3=u((pP,e3)=>{"use strict";var yy=r3();function hy(r,e){return e/((1+yy*r)*r)}e3.exports=hy});var a3=u((mP,i3)=>{"use strict";function Iy(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}i3.exports=Iy});var l3=u((dP,f3)=>{"use strict";var Sy=S(),Ay=wr(),Ny=mi(),n3=N(),_y=R(),Ey=_i(),s3=A(),o3=P(),u3=br(),v3=zv(),c3=t3(),wy=a3();function Ty(r){var e,t,i,a;if(Ay(r)&&r<0||r===o3||Sy(r))return NaN;if(r===0)return Ny(r)?o3:s3;if(r>171.61447887182297)return s3;if(r<-170.5674972726612)return 0;if(t=n3(r),t>33)return r>=0?v3(r):(i=_y(t),(i&1)===0?e=-1:e=1,a=t-i,a>.5&&(i+=1,a=t-i),a=t*Ey(u3*a),e*u3/(n3(a)*v3(t)));for(a=1;r>=3;)r-=1,a*=r;for(;r<0;){if(r>-1e-9)return c3(r,a);a/=r,r+=1}for(;r<2;){if(r<1e-9)return c3(r,a);a/=r,r+=1}return r===2?a:(r-=2,a*wy(r))}f3.exports=Ty});var mr=u((qP,p3)=>{"use strict";var Oy=l3();p3.exports=Oy});var se=u((gP,m3)=>{"use strict";var Ry=170;m3.exports=Ry});var d3=u((yP,Py)=>{Py.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var g3=u((hP,q3)=>{"use strict";var Fy=S(),Ly=wr(),Cy=mr(),ky=A(),Dy=se(),Gy=d3();function Hy(r){return Fy(r)?NaN:Ly(r)?r<0?NaN:r<=Dy?Gy[r]:ky:Cy(r+1)}q3.exports=Hy});var wi=u((IP,y3)=>{"use strict";var My=g3();y3.exports=My});var I3=u((SP,h3)=>{"use strict";function by(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}h3.exports=by});var A3=u((AP,S3)=>{"use strict";var $y=I3();S3.exports=$y});var _3=u((NP,N3)=>{"use strict";var Uy=A3();N3.exports=Uy});var $r=u((_P,E3)=>{"use strict";var Wy=10.900511;E3.exports=Wy});var k3=u((EP,C3)=>{"use strict";var w3=_3(),By=mr(),Xy=z(),T3=N(),O3=w(),R3=O(),P3=W(),Vy=Tr(),Qy=$r(),F3=se(),Yy=4269068009004705e289;function L3(r,e){var t,i,a;return r<P3?e>=F3?(i=L3(e,F3-e),i*=r,i*=Yy,1/i):1/(r*By(r+e)):(a=r+Qy-.5,r+e===r?T3(e/a)<P3?t=O3(-e):t=1:(T3(e)<10?t=O3((.5-r)*Xy(e/a)):t=R3(a/(a+e),r-.5),t*=w3(r)/w3(r+e)),t*=R3(Vy/(a+e),e),t)}C3.exports=L3});var $3=u((wP,b3)=>{"use strict";var Zy=N(),D3=R(),G3=mr(),H3=wi(),M3=se(),Jy=k3();function Ky(r,e){var t,i,a;if(r<=0||r+e<=0)return G3(r)/G3(r+e);if(i=D3(e),i===e){if(a=D3(r),a===r&&r<=M3&&r+e<=M3)return H3(a-1)/H3(i+a-1);if(Zy(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return Jy(r,e)}b3.exports=Ky});var W3=u((TP,U3)=>{"use strict";var jy=$3();U3.exports=jy});var X3=u((OP,B3)=>{"use strict";function zy(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}B3.exports=zy});var Q3=u((RP,V3)=>{"use strict";function xy(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}V3.exports=xy});var K3=u((PP,J3)=>{"use strict";var Y3=C(),rh=Dr(),eh=S(),th=vr(),ih=P(),ah=X3(),nh=Q3(),Je=.6931471803691238,Ke=19082149292705877e-26,sh=0x40000000000000,oh=.3333333333333333,Z3=1048575,uh=2146435072,vh=1048576,ch=1072693248;function fh(r){var e,t,i,a,n,s,o,v,f,c,l,m;return r===0?ih:eh(r)||r<0?NaN:(t=Y3(r),n=0,t<vh&&(n-=54,r*=sh,t=Y3(r)),t>=uh?r+r:(n+=(t>>20)-th|0,t&=Z3,v=t+614244&1048576|0,r=rh(r,t|v^ch),n+=v>>20|0,o=r-1,(Z3&2+t)<3?o===0?n===0?0:n*Je+n*Ke:(s=o*o*(.5-oh*o),n===0?o-s:n*Je-(s-n*Ke-o)):(c=o/(2+o),m=c*c,v=t-398458|0,l=m*m,f=440401-t|0,a=l*ah(l),i=m*nh(l),v|=f,s=i+a,v>0?(e=.5*o*o,n===0?o-(e-c*(e+s)):n*Je-(e-(c*(e+s)+n*Ke)-o)):n===0?o-c*(o-s):n*Je-(c*(o-s)-n*Ke-o))))}J3.exports=fh});var F=u((FP,j3)=>{"use strict";var lh=K3();j3.exports=lh});var r6=u((LP,x3)=>{"use strict";var ph=C(),Ti=gi(),z3=yi(),mh=Ai(),dh=cr(),qh=te(),tr=[0,0],gh=1072243195,yh=1044381696;function hh(r){var e,t;if(e=ph(r),e&=dh,e<=gh)return e<yh?1:Ti(r,0);if(e>=qh)return NaN;switch(t=mh(r,tr),t&3){case 0:return Ti(tr[0],tr[1]);case 1:return-z3(tr[0],tr[1]);case 2:return-Ti(tr[0],tr[1]);default:return z3(tr[0],tr[1])}}x3.exports=hh});var t6=u((CP,e6)=>{"use strict";var Ih=r6();e6.exports=Ih});var n6=u((kP,a6)=>{"use strict";var Sh=S(),Ah=Er(),i6=t6(),Oi=_i(),Nh=N(),oe=Ce(),ue=br();function _h(r){var e,t;return Sh(r)?NaN:Ah(r)?NaN:(t=r%2,e=Nh(t),e===0||e===1?oe(0,t):e<.25?Oi(ue*t):e<.75?(e=.5-e,oe(i6(ue*e),t)):e<1.25?(t=oe(1,t)-t,Oi(ue*t)):e<1.75?(e-=1.5,-oe(i6(ue*e),t)):(t-=oe(2,t),Oi(ue*t)))}a6.exports=_h});var o6=u((DP,s6)=>{"use strict";var Eh=n6();s6.exports=Eh});var v6=u((GP,u6)=>{"use strict";function wh(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}u6.exports=wh});var f6=u((HP,c6)=>{"use strict";function Th(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}c6.exports=Th});var p6=u((MP,l6)=>{"use strict";function Oh(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}l6.exports=Oh});var d6=u((bP,m6)=>{"use strict";function Rh(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}m6.exports=Rh});var g6=u(($P,q6)=>{"use strict";function Ph(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}q6.exports=Ph});var h6=u((UP,y6)=>{"use strict";function Fh(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}y6.exports=Fh});var S6=u((WP,I6)=>{"use strict";function Lh(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}I6.exports=Lh});var N6=u((BP,A6)=>{"use strict";function Ch(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}A6.exports=Ch});var E6=u((XP,_6)=>{"use strict";function kh(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}_6.exports=kh});var T6=u((VP,w6)=>{"use strict";function Dh(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}w6.exports=Dh});var P6=u((QP,R6)=>{"use strict";var Gh=S(),Hh=Er(),Mh=N(),Ur=F(),bh=Gr(),$h=o6(),Uh=br(),Ri=A(),Wh=v6(),Bh=f6(),Xh=p6(),Vh=d6(),Qh=g6(),Yh=h6(),Zh=S6(),Jh=N6(),Kh=E6(),jh=T6(),zh=.07721566490153287,xh=.3224670334241136,rI=1,eI=-.07721566490153287,tI=.48383612272381005,iI=-.1475877229945939,aI=.06462494023913339,nI=-.07721566490153287,sI=1,oI=.4189385332046727,je=1.4616321449683622,uI=4503599627370496,vI=72057594037927940,cI=13877787807814457e-33,O6=1.4616321449683622,fI=-.12148629053584961,lI=-3638676997039505e-33;function pI(r){var e,t,i,a,n,s,o,v,f,c,l,m,p;if(Gh(r)||Hh(r))return r;if(r===0)return Ri;if(r<0?(e=!0,r=-r):e=!1,r<cI)return-Ur(r);if(e){if(r>=uI||(f=$h(r),f===0))return Ri;t=Ur(Uh/Mh(f*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-Ur(r),r>=je-1+.27?(l=1-r,i=0):r>=je-1-.27?(l=r-(O6-1),i=1):(l=r,i=2)):(p=0,r>=je+.27?(l=2-r,i=0):r>=je-.27?(l=r-O6,i=1):(l=r-1,i=2)),i){case 0:m=l*l,s=zh+m*Wh(m),n=m*(xh+m*Bh(m)),o=l*s+n,p+=o-.5*l;break;case 1:m=l*l,c=m*l,s=tI+c*Qh(c),n=iI+c*Yh(c),a=aI+c*Zh(c),o=m*s-(lI-c*(n+l*a)),p+=fI+o;break;case 2:s=l*(nI+l*Jh(l)),n=sI+l*Kh(l),p+=-.5*l+s/n;break}else if(r<8)switch(i=bh(r),l=r-i,o=l*(eI+l*Vh(l)),v=rI+l*Xh(l),p=.5*l+o/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=Ur(m)}else r<vI?(f=Ur(r),m=1/r,l=m*m,c=oI+m*jh(l),p=(r-.5)*(f-1)+c):p=r*(Ur(r)-1);return e&&(p=t-p),p}R6.exports=pI});var ve=u((YP,F6)=>{"use strict";var mI=P6();F6.exports=mI});var ir=u((ZP,L6)=>{"use strict";var dI=709.782712893384;L6.exports=dI});var k6=u((JP,C6)=>{"use strict";var qI=14901161193847656e-24;C6.exports=qI});var G6=u((KP,D6)=>{"use strict";var gI=eval;D6.exports=gI});var M6=u((jP,H6)=>{"use strict";var yI=G6();function hI(){var r;try{yI('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}H6.exports=hI});var Pi=u((zP,b6)=>{"use strict";var II=M6();b6.exports=II});var U6=u((xP,$6)=>{"use strict";var ze=N(),SI=W(),AI=1e6;function NI(r,e){var t,i,a,n,s,o;if(o={},arguments.length>1&&(o=e),i=o.tolerance||SI,n=o.maxTerms||AI,s=o.initialValue||0,t=typeof r.next=="function",t===!0){for(a of r)if(s+=a,ze(i*s)>=ze(a)||--n===0)break}else do a=r(),s+=a;while(ze(i*s)<ze(a)&&--n);return s}$6.exports=NI});var X6=u((rF,B6)=>{"use strict";var W6=N(),_I=W(),EI=1e6;function wI(r,e){var t,i,a,n,s;s={},arguments.length>1&&(s=e),t=s.tolerance||_I,a=s.maxTerms||EI,n=s.initialValue||0;do i=r(),n+=i;while(W6(t*n)<W6(i)&&--a);return n}B6.exports=wI});var Wr=u((eF,V6)=>{"use strict";var TI=Pi(),OI=U6(),RI=X6(),Fi;TI()?Fi=OI:Fi=RI;V6.exports=Fi});var Y6=u((tF,Q6)=>{"use strict";function PI(r,e){var t=1,i=r,a=e;return n;function n(){var s=t;return t*=i/a,i-=1,s}}Q6.exports=PI});var J6=u((iF,Z6)=>{"use strict";var FI=Wr(),LI=Y6();function CI(r,e){var t,i;return i=LI(r,e),t=FI(i),t}Z6.exports=CI});var j6=u((aF,K6)=>{"use strict";var kI=w();function DI(r,e){var t,i,a,n;if(a=kI(-e),i=a,i!==0)for(t=i,n=1;n<r;++n)t/=n,t*=e,i+=t;return i}K6.exports=DI});var x6=u((nF,z6)=>{"use strict";function GI(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}z6.exports=GI});var ec=u((sF,rc)=>{"use strict";function HI(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}rc.exports=HI});var ic=u((oF,tc)=>{"use strict";function MI(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}tc.exports=MI});var nc=u((uF,ac)=>{"use strict";function bI(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}ac.exports=bI});var oc=u((vF,sc)=>{"use strict";function $I(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}sc.exports=$I});var vc=u((cF,uc)=>{"use strict";function UI(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}uc.exports=UI});var fc=u((fF,cc)=>{"use strict";function WI(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}cc.exports=WI});var pc=u((lF,lc)=>{"use strict";function BI(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}lc.exports=BI});var gc=u((pF,qc)=>{"use strict";var XI=S(),mc=w(),VI=Mr(),QI=A(),YI=P(),ZI=x6(),JI=ec(),KI=ic(),jI=nc(),zI=oc(),xI=vc(),rS=fc(),eS=pc(),xe=1e-300,tS=13877787807814457e-33,dc=.8450629115104675,iS=.12837916709551256,aS=1,nS=-.0023621185607526594,sS=1,oS=-.009864944034847148,uS=1,vS=-.0098649429247001,cS=1;function fS(r){var e,t,i,a,n,s,o,v;if(XI(r))return NaN;if(r===QI)return 0;if(r===YI)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<tS?1-r:(i=r*r,a=iS+i*ZI(i),n=aS+i*JI(i),s=a/n,r<.25?1-(r+r*s):(a=r*s,a+=r-.5,.5-a));if(t<1.25)return n=t-1,o=nS+n*KI(n),v=sS+n*jI(n),e?1+dc+o/v:1-dc-o/v;if(t<28){if(n=1/(t*t),t<2.857142857142857)a=oS+n*zI(n),n=uS+n*xI(n);else{if(r<-6)return 2-xe;a=vS+n*rS(n),n=cS+n*eS(n)}return i=VI(t,0),a=mc(-(i*i)-.5625)*mc((i-t)*(i+t)+a/n),e?2-a/t:a/t}return e?2-xe:xe*xe}qc.exports=fS});var Li=u((mF,yc)=>{"use strict";var lS=gc();yc.exports=lS});var Sc=u((dF,Ic)=>{"use strict";var pS=Li(),hc=b(),mS=w(),dS=br();function qS(r,e){var t,i,a,n,s;if(n=pS(hc(e)),n!==0&&r>1){for(i=mS(-e)/hc(dS*e),i*=e,t=.5,i/=t,a=i,s=2;s<r;++s)i/=s-t,i*=e,a+=i;n+=a}return n}Ic.exports=qS});var Rr=u((qF,Ac)=>{"use strict";var gS=-708.3964185322641;Ac.exports=gS});var wc=u((gF,Ec)=>{"use strict";var Br=w(),rt=O(),yS=F(),Nc=ir(),_c=Rr();function hS(r,e){var t,i;return i=r*yS(e),e>=1?i<Nc&&-e>_c?t=rt(e,r)*Br(-e):r>=1?t=rt(e/Br(e/r),r):t=Br(i-e):i>_c?t=rt(e,r)*Br(-e):e/r<Nc?t=rt(e/Br(e/r),r):t=Br(i-e),t}Ec.exports=hS});var Ci=u((yF,Tc)=>{"use strict";function IS(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}Tc.exports=IS});var Rc=u((hF,Oc)=>{"use strict";var SS=Function;Oc.exports=SS});var Fc=u((IF,Pc)=>{"use strict";var AS=Rc();Pc.exports=AS});var Cc=u((SF,Lc)=>{"use strict";var NS=Fc(),_S=Ci();function ES(r){var e,t,i,a;if(r.length>500)return n;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,a=1;a<t;a++)e+="+x*",a<i&&(e+="("),e+=r[a];for(a=0;a<i-1;a++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new NS(e)();function n(s){return _S(r,s)}}Lc.exports=ES});var Gc=u((AF,Dc)=>{"use strict";var wS=ur(),kc=Ci(),TS=Cc();wS(kc,"factory",TS);Dc.exports=kc});var Mc=u((NF,Hc)=>{"use strict";function OS(r){var e=-r,t=-1,i=0;return a;function a(){return t*=e,i+=1,t/i}}Hc.exports=OS});var $c=u((_F,bc)=>{"use strict";var RS=N(),PS=F(),FS=W(),LS=Wr(),CS=Mc();function kS(r){var e,t;return r<=-1?NaN:(t=RS(r),t>.95?PS(1+r)-r:t<FS?-r*r/2:(e={initialValue:-r},LS(CS(r),e)))}bc.exports=kS});var ki=u((EF,Uc)=>{"use strict";var DS=$c();Uc.exports=DS});var Bc=u((wF,Wc)=>{"use strict";var GS=6.283185307179586;Wc.exports=GS});var Vc=u((TF,Xc)=>{"use strict";function HS(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}Xc.exports=HS});var Yc=u((OF,Qc)=>{"use strict";function MS(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}Qc.exports=MS});var Jc=u((RF,Zc)=>{"use strict";function bS(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}Zc.exports=bS});var jc=u((PF,Kc)=>{"use strict";function $S(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}Kc.exports=$S});var xc=u((FF,zc)=>{"use strict";function US(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}zc.exports=US});var ef=u((LF,rf)=>{"use strict";function WS(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}rf.exports=WS});var af=u((CF,tf)=>{"use strict";function BS(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}tf.exports=BS});var sf=u((kF,nf)=>{"use strict";function XS(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}nf.exports=XS});var uf=u((DF,of)=>{"use strict";function VS(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}of.exports=VS});var cf=u((GF,vf)=>{"use strict";var QS=Gc(),YS=ki(),ZS=Li(),Di=b(),JS=w(),KS=Bc(),jS=Vc(),zS=Yc(),xS=Jc(),rA=jc(),eA=xc(),tA=ef(),iA=af(),aA=sf(),nA=uf(),$=[0,0,0,0,0,0,0,0,0,0];function sA(r,e){var t,i,a,n,s;return i=(e-r)/r,a=-YS(i),n=r*a,s=Di(2*a),e<r&&(s=-s),$[0]=jS(s),$[1]=zS(s),$[2]=xS(s),$[3]=rA(s),$[4]=eA(s),$[5]=tA(s),$[6]=iA(s),$[7]=aA(s),$[8]=nA(s),$[9]=-.0005967612901927463,t=QS($,1/r),t*=JS(-n)/Di(KS*r),e<r&&(t=-t),t+=ZS(Di(n))/2,t}vf.exports=sA});var lf=u((HF,ff)=>{"use strict";function oA(r,e){var t=1,i=r,a=e;return n;function n(){var s=t;return i+=1,t*=a/i,s}}ff.exports=oA});var Gi=u((MF,pf)=>{"use strict";var uA=Wr(),vA=lf();function cA(r,e,t){var i,a;return t=t||0,a=vA(r,e),i=uA(a,{initialValue:t}),i}pf.exports=cA});var df=u((bF,mf)=>{"use strict";function fA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}mf.exports=fA});var gf=u(($F,qf)=>{"use strict";var lA=df();qf.exports=lA});var ce=u((UF,yf)=>{"use strict";var pA=gf();yf.exports=pA});var Sf=u((WF,If)=>{"use strict";var mA=ce(),dA=ve(),qA=mr(),gA=ki(),yA=b(),hA=N(),dr=w(),fe=O(),Hi=rr(),Mi=B(),hf=F(),IA=$e(),et=ir(),le=Rr(),bi=$r(),SA=Tr();function AA(r,e){var t,i,a,n,s,o,v;return a=r+bi-.5,v=(e-r-bi+.5)/a,r<1?e<=le||r<1/IA?dr(r*hf(e)-e-dA(r)):fe(e,r)*dr(-e)/qA(r):(hA(v*v*r)<=100&&r>150?(t=r*gA(v)+e*(.5-bi)/a,t=dr(t)):(n=r*hf(e/a),s=r-e,Mi(n,s)<=le||Hi(n,s)>=et?(i=s/r,Mi(n,s)/2>le&&Hi(n,s)/2<et?(o=fe(e/a,r/2)*dr(s/2),t=o*o):Mi(n,s)/4>le&&Hi(n,s)/4<et&&e>r?(o=fe(e/a,r/4)*dr(s/4),t=o*o,t*=t):i>le&&i<et?t=fe(e*dr(i)/a,r):t=dr(n+s)):t=fe(e/a,r)*dr(s)),t*=yA(a/SA)/mA(r),t)}If.exports=AA});var _f=u((BF,Nf)=>{"use strict";var $i=S(),NA=Er(),Af=N(),_A=ee(),EA=F(),wA=O(),TA=Gr();function OA(r,e){var t,i;if($i(r)||$i(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((Af(e*(r-1))<.5||Af(e)<.2)&&(i=EA(r)*e,i<.5))return _A(i)}else if(TA(e)!==e)return NaN;return t=wA(r,e)-1,NA(t)||$i(t)?NaN:t}Nf.exports=OA});var wf=u((XF,Ef)=>{"use strict";var RA=_f();Ef.exports=RA});var Of=u((VF,Tf)=>{"use strict";function PA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}Tf.exports=PA});var Pf=u((QF,Rf)=>{"use strict";function FA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}Rf.exports=FA});var Lf=u((YF,Ff)=>{"use strict";function LA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}Ff.exports=LA});var kf=u((ZF,Cf)=>{"use strict";var Ui=F(),CA=W(),kA=Of(),DA=Pf(),GA=Lf(),HA=.15896368026733398,MA=.5281534194946289,bA=.45201730728149414;function $A(r,e,t){var i,a,n,s;if(r<CA)return-Ui(r);if(e===0||t===0)return 0;if(a=0,r>2){if(r>=3){do r-=1,t-=1,a+=Ui(r);while(r>=3);t=r-2}return n=t*(r+1),s=kA(t),a+=n*HA+n*s,a}return r<1&&(a+=-Ui(r),t=e,e=r,r+=1),r<=1.5?(n=DA(e),i=e*t,a+=i*MA+i*n,a):(n=t*e,s=GA(-t),a+=n*bA+n*s,a)}Cf.exports=$A});var bf=u((JF,Mf)=>{"use strict";var Df=mr(),Gf=ee(),UA=z(),WA=S(),Hf=kf();function BA(r){return WA(r)?NaN:r<0?r<-.5?Df(1+r)-1:Gf(-UA(r)+Hf(r+2,r+1,r)):r<2?Gf(Hf(r+1,r,r-1)):Df(1+r)-1}Mf.exports=BA});var Uf=u((KF,$f)=>{"use strict";var XA=bf();$f.exports=XA});var Bf=u((jF,Wf)=>{"use strict";function VA(r,e){var t,i,a,n;return t=-e,e=-e,i=r+1,a=1,s;function s(){return n=t/i,t*=e,a+=1,t/=a,i+=1,n}}Wf.exports=VA});var Vf=u((zF,Xf)=>{"use strict";var QA=wf(),YA=Wr(),ZA=Uf(),JA=Bf();function KA(r,e,t){var i,a,n,s,o;return a=ZA(r),n=(a+1)/r,s=QA(e,r),a-=s,a/=r,o=JA(r,e),s+=1,i=t?n:0,a=-s*YA(o,{initialValue:(i-a)/s}),t&&(a=-a),[a,n]}Xf.exports=KA});var Wi=u((xF,Qf)=>{"use strict";var jA=11754943508222875e-54;Qf.exports=jA});var Zf=u((rL,Yf)=>{"use strict";var tt=N(),X=Wi(),zA=W(),xA=1e6;function rN(r,e,t){var i,a,n,s,o,v,f;if(i=typeof r.next=="function",f=i?r.next().value:r(),s=f[1],n=f[0],s===0&&(s=X),o=s,v=0,i===!0)do f=r.next().value,f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,a=o*v,s*=a);while(tt(a-1)>e&&--t);else do f=r(),f&&(v=f[1]+f[0]*v,v===0&&(v=X),o=f[1]+f[0]/o,o===0&&(o=X),v=1/v,a=o*v,s*=a);while(f&&tt(a-1)>e&&--t);return n/s}function eN(r,e,t){var i,a,n,s,o,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),n=v[1],n===0&&(n=X),s=n,o=0,i===!0)do v=r.next().value,v&&(o=v[1]+v[0]*o,o===0&&(o=X),s=v[1]+v[0]/s,s===0&&(s=X),o=1/o,a=s*o,n*=a);while(v&&tt(a-1)>e&&--t);else do v=r(),v&&(o=v[1]+v[0]*o,o===0&&(o=X),s=v[1]+v[0]/s,s===0&&(s=X),o=1/o,a=s*o,n*=a);while(v&&tt(a-1)>e&&--t);return n}function tN(r,e){var t,i,a;return i={},arguments.length>1&&(i=e),t=i.maxIter||xA,a=i.tolerance||zA,i.keep?eN(r,a,t):rN(r,a,t)}Yf.exports=tN});var jf=u((eL,Kf)=>{"use strict";var Jf=N(),iN=W(),Xr=Wi(),aN=1e6;function nN(r,e,t){var i,a,n,s,o,v;v=r(),o=v[1],a=v[0],o===0&&(o=Xr),n=o,s=0;do v=r(),v&&(s=v[1]+v[0]*s,s===0&&(s=Xr),n=v[1]+v[0]/n,n===0&&(n=Xr),s=1/s,i=n*s,o*=i);while(v&&Jf(i-1)>e&&--t);return a/o}function sN(r,e,t){var i,a,n,s,o;o=r(),s=o[1],s===0&&(s=Xr),a=s,n=0;do o=r(),o&&(n=o[1]+o[0]*n,n===0&&(n=Xr),a=o[1]+o[0]/a,a===0&&(a=Xr),n=1/n,i=a*n,s*=i);while(o&&Jf(i-1)>e&&--t);return s}function oN(r,e){var t,i,a;return i={},arguments.length>1&&(i=e),a=i.tolerance||iN,t=i.maxIter||aN,i.keep?sN(r,a,t):nN(r,a,t)}Kf.exports=oN});var Xi=u((tL,zf)=>{"use strict";var uN=Pi(),vN=Zf(),cN=jf(),Bi;uN()?Bi=vN:Bi=cN;zf.exports=Bi});var r4=u((iL,xf)=>{"use strict";function fN(r,e){var t=e-r+1,i=r,a=0;return n;function n(){return a+=1,t+=2,[a*(i-a),t]}}xf.exports=fN});var Vi=u((aL,e4)=>{"use strict";var lN=Xi(),pN=r4();function mN(r,e){var t=pN(r,e);return 1/(e-r+1+lN(t))}e4.exports=mN});var n4=u((nL,a4)=>{"use strict";var dN=R(),pe=mr(),Qi=N(),t4=O(),qN=F(),gN=k6(),i4=$e(),yN=ir(),hN=J6(),IN=j6(),SN=Sc(),Yi=wc(),AN=cf(),NN=Gi(),Zi=Sf(),_N=Vf(),EN=Vi();function wN(r,e,t,i){var a,n,s,o,v,f,c,l,m,p,g,d,h,q;switch(c=0,l=i,f=e<30&&e<=r+1&&r<yN,f?(h=dN(e),m=h===e,s=m?!1:Qi(h-e)===.5):(m=!1,s=!1),m&&r>.6?(l=!l,n=0):s&&r>.2?(l=!l,n=1):r<gN&&e>1?n=6:r>1e3&&(e<r||Qi(e-50)/r<1)?(l=!l,n=7):r<.5?-.4/qN(r)<e?n=2:n=3:r<1.1?r*.75<e?n=2:n=3:(v=!1,t&&e>20&&(p=Qi((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?n=5:r-1/(3*r)<e?n=2:(n=4,l=!l)),n){case 0:c=IN(e,r),t===!1&&(c*=pe(e));break;case 1:c=SN(e,r),t===!1&&(c*=pe(e));break;case 2:c=t?Zi(e,r):Yi(e,r),c!==0&&(o=0,a=!1,l&&(o=t?1:pe(e),t||c>=1||i4*c>o?(o/=c,t||e<1||i4/e>o?(o*=-e,a=!0):o=0):o=0),c*=NN(e,r,o)/e,a&&(l=!1,c=-c));break;case 3:l=!l,g=_N(e,r,l),c=g[0],q=g[1],l=!1,t&&(c/=q);break;case 4:c=t?Zi(e,r):Yi(e,r),c!==0&&(c*=EN(e,r));break;case 5:c=AN(e,r),r>=e&&(l=!l);break;case 6:c=t?t4(r,e)/pe(e+1):t4(r,e)/e,c*=1-e*r/(e+1);break;case 7:c=t?Zi(e,r):Yi(e,r),c/=r,c!==0&&(c*=hN(e,r));break}return t&&c>1&&(c=1),l&&(d=t?1:pe(e),c=d-c),c}a4.exports=wN});var v4=u((sL,u4)=>{"use strict";var TN=ve(),ON=w(),V=F(),RN=Ei(),PN=ir(),FN=A(),LN=se(),s4=n4(),o4=Gi(),CN=Vi();function kN(r,e,t,i){var a,n,s,o;return r<0||e<=0?NaN:(a=t===void 0?!0:t,s=i,e>=LN&&!a?(s&&e*4<r?(o=e*V(r)-r,o+=V(CN(e,r))):!s&&e>4*r?(o=e*V(r)-r,n=0,o+=V(o4(e,r,n)/e)):(o=s4(r,e,!0,s),o===0?s?(o=1+1/(12*e)+1/(288*e*e),o=V(o)-e+(e-.5)*V(e),o+=V(RN)):(o=e*V(r)-r,n=0,o+=V(o4(e,r,n)/e)):o=V(o)+TN(e)),o>PN?FN:ON(o)):s4(r,e,a,s))}u4.exports=kN});var f4=u((oL,c4)=>{"use strict";var DN=v4();c4.exports=DN});var d4=u((uL,m4)=>{"use strict";var Vr=w(),it=O(),GN=F(),l4=ir(),p4=Rr();function HN(r,e){var t,i;return i=r*GN(e),e>=1?i<l4&&-e>p4?t=it(e,r)*Vr(-e):r>=1?t=it(e/Vr(e/r),r):t=Vr(i-e):i>p4?t=it(e,r)*Vr(-e):e/r<l4?t=it(e/Vr(e/r),r):t=Vr(i-e),t}m4.exports=HN});var y4=u((vL,g4)=>{"use strict";var MN=ce(),bN=ve(),$N=mr(),UN=z(),WN=b(),BN=N(),qr=w(),me=O(),Ji=rr(),Ki=B(),q4=F(),at=ir(),de=Rr(),ji=$r(),XN=Tr();function VN(r,e){var t,i,a,n,s,o,v;return a=r+ji-.5,v=(e-r-ji+.5)/a,r<1?e<=de?qr(r*q4(e)-e-bN(r)):me(e,r)*qr(-e)/$N(r):(BN(v*v*r)<=100&&r>150?(t=r*(UN(v)-v)+e*(.5-ji)/a,t=qr(t)):(n=r*q4(e/a),s=r-e,Ki(n,s)<=de||Ji(n,s)>=at?(i=s/r,Ki(n,s)/2>de&&Ji(n,s)/2<at?(o=me(e/a,r/2)*qr(s/2),t=o*o):Ki(n,s)/4>de&&Ji(n,s)/4<at&&e>r?(o=me(e/a,r/4)*qr(s/4),t=o*o,t*=t):i>de&&i<at?t=me(e*qr(i)/a,r):t=qr(n+s)):t=me(e/a,r)*qr(s)),t*=WN(a/XN)/MN(r),t)}g4.exports=VN});var N4=u((cL,A4)=>{"use strict";var QN=W3(),h4=wi(),YN=f4(),ZN=z(),nt=N(),I4=O(),JN=F(),KN=Hr(),S4=W(),jN=d4(),zN=y4(),gr=new Array(30);function xN(r,e,t,i,a,n,s){var o,v,f,c,l,m,p,g,d,h,q,I,y,k,_,H,M,L;if(m=e-1,M=r+m/2,i<.35?h=ZN(-i):h=JN(t),L=-M*h,I=zN(e,L),I<=KN)return a;for(s?(o=I/QN(r,e),o/=I4(M,e)):o=jN(e,L)/I4(M,e),o*=n,gr[0]=1,y=YN(L,e,!0,!0),y/=I,c=a+o*y,f=1,p=h/2,p*=p,g=1,q=4*M*M,l=e,_=1;_<gr.length;++_){for(f+=2,gr[_]=0,d=e-_,v=3,k=1;k<_;++k)d=k*e-_,gr[_]+=d*gr[_-k]/h4(v),v+=2;if(gr[_]/=_,gr[_]+=m/h4(f),y=(l*(l+1)*y+(L+l+1)*g)/q,g*=p,l+=2,H=o*gr[_]*y,c+=H,H>1){if(nt(H)<nt(S4*c))break}else if(nt(H/S4)<nt(c))break}return c}A4.exports=xN});var E4=u((fL,_4)=>{"use strict";function r_(r,e,t){var i,a;if(t===0)return 1;for(i=1,a=0;a<t;a++)i*=(r+a)/(e+a);return i}_4.exports=r_});var O4=u((lL,T4)=>{"use strict";var w4=N(),e_=rr();function t_(r,e){return e_(w4(r),w4(e))}T4.exports=t_});var P4=u((pL,R4)=>{"use strict";var i_=O4();R4.exports=i_});var C4=u((mL,L4)=>{"use strict";var F4=N(),a_=B();function n_(r,e){return a_(F4(r),F4(e))}L4.exports=n_});var D4=u((dL,k4)=>{"use strict";var s_=C4();k4.exports=s_});var ot=u((qL,M4)=>{"use strict";var zi=ce(),o_=P4(),u_=D4(),G4=ee(),yr=z(),H4=b(),st=N(),Q=w(),Y=O(),v_=B(),D=F(),Z=ir(),Qr=Rr(),xi=$r(),c_=Tr();function f_(r,e,t,i,a){var n,s,o,v,f,c,l,m,p,g,d,h,q,I;if(!a)return Y(t,r)*Y(i,e);if(q=r+e,v=r+xi-.5,f=e+xi-.5,c=q+xi-.5,n=zi(q),n/=zi(r)*zi(e),n*=H4(f/c_),n*=H4(v/c),l=(t*e-i*v)/v,m=(i*r-t*f)/f,u_(l,m)<.2)if(l*m>0||v_(r,e)<1)st(l)<.1?n*=Q(r*yr(l)):n*=Y(t*c/v,r),st(m)<.1?n*=Q(e*yr(m)):n*=Y(i*c/f,e);else if(o_(l,m)<.5)s=r<e,o=e/r,s&&o*m<.1||!s&&l/o>.1?(p=G4(o*yr(m)),p=l+p+p*l,p=r*yr(p),n*=Q(p)):(p=G4(yr(l)/o),p=m+p+p*m,p=e*yr(p),n*=Q(p));else if(st(l)<st(m))if(I=r*yr(l)+e*D(i*c/f),I<=Qr||I>=Z){if(I+=D(n),I>=Z)return NaN;n=Q(I)}else n*=Q(I);else if(I=e*yr(m)+r*D(t*c/v),I<=Qr||I>=Z){if(I+=D(n),I>=Z)return NaN;n=Q(I)}else n*=Q(I);else if(d=t*c/v,h=i*c/f,l=r*D(d),m=e*D(h),l>=Z||l<=Qr||m>=Z||m<=Qr)if(r<e)if(g=Y(h,e/r),p=r*(D(d)+D(g)),p<Z&&p>Qr)n*=Y(g*d,r);else{if(m+=l+D(n),m>=Z)return NaN;n=Q(m)}else if(g=Y(d,r/e),p=(D(g)+D(h))*e,p<Z&&p>Qr)n*=Y(g*h,e);else{if(m+=l+D(n),m>=Z)return NaN;n=Q(m)}else n*=Y(d,r)*Y(h,e);return n}M4.exports=f_});var $4=u((gL,b4)=>{"use strict";var l_=Xi(),p_=ot(),m_={keep:!0,maxIter:1e3};function d_(r,e,t,i){var a=0;return n;function n(){var s,o,v;return o=(r+a-1)*(r+e+a-1)*a*(e-a)*t*t,s=r+2*a-1,o/=s*s,v=a,v+=a*(e-a)*t/(r+2*a-1),v+=(r+a)*(r*i-e*t+1+a*(2-t))/(r+2*a+1),a+=1,[o,v]}}function q_(r,e,t,i,a,n){var s,o,v;return s=p_(r,e,t,i,a),n&&(n[1]=s),s===0?s:(v=d_(r,e,t,i),o=l_(v,m_),s/o)}b4.exports=q_});var W4=u((yL,U4)=>{"use strict";var g_=9007199254740991;U4.exports=g_});var X4=u((hL,B4)=>{"use strict";function y_(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}B4.exports=y_});var Q4=u((IL,V4)=>{"use strict";function h_(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}V4.exports=h_});var x4=u((SL,z4)=>{"use strict";var Y4=S(),Z4=wr(),J4=A(),K4=P(),j4=qi(),I_=X4(),S_=Q4();function A_(r,e){return Y4(r)||Y4(e)?NaN:r===J4||e===J4||r===K4||e===K4?NaN:Z4(r)&&Z4(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=j4&&e<=j4?I_(r,e):S_(r,e)):NaN}z4.exports=A_});var e5=u((AL,r5)=>{"use strict";var N_=x4();r5.exports=N_});var n5=u((NL,a5)=>{"use strict";var __=W4(),E_=A(),t5=wr(),i5=S(),w_=De(),T_=R(),O_=e5();function r0(r,e){var t,i,a,n,s,o,v;if(i5(r)||i5(e))return NaN;if(!t5(r)||!t5(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,w_(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=T_(__/r),t=1,s=1;s<=e&&!(t>v);s++)t*=r,t/=s,r-=1;return s>e?i*t:(a=r0(r,e-s+1),a===E_?i*a:(n=r0(e,e-s+1),o=O_(a,n),a/=o,n/=o,t/=n,i*t*a))}a5.exports=r0});var o5=u((_L,s5)=>{"use strict";var R_=n5();s5.exports=R_});var c5=u((EL,v5)=>{"use strict";var u5=o5(),Pr=R(),qe=O(),P_=Hr();function F_(r,e,t,i){var a,n,s,o,v;if(n=qe(t,r),n>P_)for(o=n,v=Pr(r-1);v>e;v--)o*=(v+1)*i/((r-v)*t),n+=o;else if(s=Pr(r*t),s<=e+1&&(s=Pr(e+2)),n=qe(t,s)*qe(i,r-s),n*=u5(Pr(r),Pr(s)),n===0)for(v=s-1;v>e;v--)n+=qe(t,v)*qe(i,r-v),n*=u5(Pr(r),Pr(v));else{for(o=n,a=n,v=s-1;v>e;v--)o*=(v+1)*i/((r-v)*t),n+=o;for(o=a,v=s+1;v<=r;v++)o*=(r-v+1)*t/(v*i),n+=o}return n}v5.exports=F_});var l5=u((wL,f5)=>{"use strict";var L_=ot();function C_(r,e,t,i,a,n,s){var o,v,f,c;if(o=L_(r,e,t,i,n),s&&(s[1]=o),o/=r,o===0)return o;for(f=1,v=1,c=0;c<a-1;++c)v*=(r+e+c)*t/(r+c+1),f+=v;return o*=f,o}f5.exports=C_});var g5=u((TL,q5)=>{"use strict";var e0=ce(),k_=Wr(),D_=z(),G_=b(),t0=w(),ut=O(),ge=F(),H_=Hr(),p5=ir(),m5=Rr(),i0=$r(),M_=Tr(),d5={maxTerms:100};function b_(r,e,t,i){var a=1-e,n=1;return s;function s(){var o=i/r;return r+=1,i*=a*t/n,n+=1,a+=1,o}}function $_(r,e,t,i,a,n,s){var o,v,f,c,l,m,p,g;return a?(p=r+e,v=r+i0-.5,f=e+i0-.5,c=p+i0-.5,o=e0(p)/(e0(r)*e0(e)),l=ge(c/f)*(e-.5),m=ge(t*c/v)*r,l>m5&&l<p5&&m>m5&&m<p5?(r*e<f*10?o*=t0((e-.5)*D_(r/f)):o*=ut(c/f,e-.5),o*=ut(t*c/v,r),o*=G_(v/M_),n&&(n[1]=o*ut(s,e))):(o=ge(o)+l+m+(ge(v)-1)/2,n&&(n[1]=t0(o+e*ge(s))),o=t0(o))):o=ut(t,r),o<H_?i:(g=b_(r,e,t,o),d5.initialValue=i,k_(g,d5))}q5.exports=$_});var s0=u((OL,_5)=>{"use strict";var U_=S(),W_=ee(),vt=R(),y5=z(),h5=vu(),G=k2(),a0=b(),B_=w(),ye=O(),X_=rr(),I5=B(),ct=$e(),S5=Hr(),V_=qi(),Q_=x2(),N5=br(),hr=N4(),n0=E4(),Y_=ot(),A5=$4(),Z_=c5(),he=l5(),J=g5(),J_=1/N5;function K_(r,e,t,i,a,n,s,o){var v,f,c,l,m,p,g,d,h,q,I,y;if(y=1-r,g=o,d=o+s,n[d]=-1,U_(r)||r<0||r>1)return n[g]=NaN,n[d]=NaN,n;if(i){if(e<0||t<0)return n[g]=NaN,n[d]=NaN,n;if(e===0){if(t===0)return n[g]=NaN,n[d]=NaN,n;if(t>0)return n[g]=a?0:1,n}else if(t===0&&e>0)return n[g]=a?1:0,n}else if(e<=0||t<=0)return n[g]=NaN,n[d]=NaN,n;return r===0?(e===1?n[d]=1:n[d]=e<1?ct/2:S5*2,a?(n[g]=i?1:G(e,t),n):(n[g]=0,n)):r===1?(t===1?n[d]=1:n[d]=t<1?ct/2:S5*2,a?n[g]=0:n[g]=i?1:G(e,t),n):e===.5&&t===.5?(n[d]=J_*a0(y*r),I=h5(a0(a?y:r)),I/=Q_,i||(I*=N5),n[g]=I,n):(e===1&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),t===1?e===1?(n[g]=a?y:r,n[d]=1,n):(n[d]=e*ye(r,e-1),y<.5?I=a?-W_(e*y5(-y)):B_(e*y5(-y)):I=a?-(ye(r,e)-1):ye(r,e),i||(I/=e),n[g]=I,n):(I5(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),X_(e,t)<=1?e>=I5(.2,t)||ye(r,e)<=.9?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):(p=t,t=e,e=p,p=y,y=r,r=p,a=!a,y>=.3?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):(i?f=1:f=n0(e+t,e,20),c=he(e,t,r,y,20,i,n),a?(c-=i?1:G(e,t),a=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i))):t<=1||r<.1&&ye(t*r,e)<=.7?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):(p=t,t=e,e=p,p=y,y=r,r=p,a=!a,y>=.3?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):e>=15?a?(c=-(i?1:G(e,t)),a=!1,c=-hr(e,t,r,y,c,1,i)):c=hr(e,t,r,y,0,1,i):(i?f=1:f=n0(e+t,e,20),c=he(e,t,r,y,20,i,n),a?(c-=i?1:G(e,t),a=!1,c=-hr(e+20,t,r,y,c,f,i)):c=hr(e+20,t,r,y,c,f,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*y-t,v<0&&(p=t,t=e,e=p,p=y,y=r,r=p,a=!a),t<40?vt(e)===e&&vt(t)===t&&e<V_-100?(h=e-1,q=t+h,c=Z_(q,h,r,y),i||(c*=G(e,t))):t*r<=.7?a?(c=-(i?1:G(e,t)),a=!1,c=-J(e,t,r,c,i,n,y)):c=J(e,t,r,0,i,n,y):e>15?(q=vt(t),q===t&&(q-=1),l=t-q,i?f=1:f=n0(e+l,l,q),c=he(l,e,y,r,q,i),c=hr(e,l,r,y,c,1,i),c/=f):i?(q=vt(t),l=t-q,l<=0&&(q-=1,l+=1),c=he(l,e,y,r,q,i),c+=he(e,l,r,y,20,i),a&&(c-=1),c=hr(e+20,l,r,y,c,1,i),a&&(c=-c,a=!1)):c=A5(e,t,r,y,i,n):c=A5(e,t,r,y,i,n)),n[d]<0&&(n[d]=Y_(e,t,r,y,!0)),m=y*r,n[d]!==0&&(ct*m<n[d]?n[d]=ct/2:n[d]/=m),n[g]=a?(i?1:G(e,t))-c:c,n))}_5.exports=K_});var w5=u((RL,E5)=>{"use strict";var j_=s0();function z_(r,e,t,i,a){return j_(r,e,t,i,a,[0,0],1,0)}E5.exports=z_});var R5=u((PL,O5)=>{"use strict";var x_=ur(),T5=w5(),rE=s0();x_(T5,"assign",rE);O5.exports=T5});var F5=u((FL,P5)=>{"use strict";var eE=R5().assign;function tE(r,e,t,i,a){var n=[0,0];return i=i!==!1,a=a===!0,eE(r,e,t,i,a,n,1,0),n[0]}P5.exports=tE});var o0=u((LL,L5)=>{"use strict";var iE=F5();L5.exports=iE});var k5=u((CL,C5)=>{"use strict";var aE=Ar(),nE=o0(),u0=S(),sE=R(),oE=A();function uE(r,e,t){return u0(r)||u0(e)||u0(t)||t<0||t>1||!aE(e)||e===oE?NaN:r<0?0:r>=e?1:(r=sE(r+1e-7),nE(t,r+1,e-r,!0,!0))}C5.exports=uE});var G5=u((kL,D5)=>{"use strict";function vE(r){return e;function e(){return r}}D5.exports=vE});var ft=u((DL,H5)=>{"use strict";var cE=G5();H5.exports=cE});var b5=u((GL,M5)=>{"use strict";var fE=Ar(),lE=ft(),pE=o0(),v0=S(),mE=R(),dE=A();function qE(r,e){if(v0(r)||v0(e)||e<0||e>1||!fE(r)||r===dE)return lE(NaN);return t;function t(i){return v0(i)?NaN:i<0?0:i>=r?1:(i=mE(i+1e-7),pE(e,i+1,r-i,!0,!0))}}M5.exports=qE});var W5=u((HL,U5)=>{"use strict";var gE=ur(),$5=k5(),yE=b5();gE($5,"factory",yE);U5.exports=$5});var X5=u((ML,B5)=>{"use strict";var hE=R();function IE(r){return hE(r)===r&&r<0}B5.exports=IE});var Q5=u((bL,V5)=>{"use strict";var SE=X5();V5.exports=SE});var Z5=u(($L,Y5)=>{"use strict";var AE=Q5(),NE=ve();function _E(r){return AE(r)?NaN:NE(r+1)}Y5.exports=_E});var c0=u((UL,J5)=>{"use strict";var EE=Z5();J5.exports=EE});var z5=u((WL,j5)=>{"use strict";var lt=Ar(),pt=S(),wE=w(),ar=c0(),TE=rr(),OE=B(),K5=A();function RE(r,e,t,i){var a,n,s,o,v;return pt(r)||pt(e)||pt(t)||pt(i)||!lt(e)||!lt(t)||!lt(i)||e===K5||t===K5||t>e||i>e?NaN:(v=TE(0,i+t-e),o=OE(t,i),lt(r)&&v<=r&&r<=o?(n=ar(i)+ar(t)+ar(e-i)+ar(e-t),a=ar(e)+ar(r)+ar(i-r),a+=ar(t-r)+ar(e-t+r-i),s=n-a,wE(s)):0)}j5.exports=RE});var el=u((BL,rl)=>{"use strict";var mt=Ar(),dt=S(),PE=ft(),FE=w(),nr=c0(),LE=rr(),CE=B(),x5=A();function kE(r,e,t){var i,a;if(dt(r)||dt(e)||dt(t)||!mt(r)||!mt(e)||!mt(t)||r===x5||e===x5||e>r||t>r)return PE(NaN);return a=LE(0,t+e-r),i=CE(e,t),n;function n(s){var o,v,f;return dt(s)?NaN:mt(s)&&a<=s&&s<=i?(v=nr(t)+nr(e)+nr(r-t)+nr(r-e),o=nr(r)+nr(s)+nr(t-s),o+=nr(e-s)+nr(r-e+s-t),f=v-o,FE(f)):0}}rl.exports=kE});var f0=u((XL,il)=>{"use strict";var DE=ur(),tl=z5(),GE=el();DE(tl,"factory",GE);il.exports=tl});var l0=u((VL,al)=>{"use strict";function HE(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}al.exports=HE});var ul=u((QL,ol)=>{"use strict";var p0=Ar(),qt=S(),ME=Gr(),bE=rr(),nl=B(),$E=f0(),sl=A(),UE=j(),WE=l0();function BE(r,e,t,i){var a,n,s,o,v;if(qt(r)||qt(e)||qt(t)||qt(i)||!p0(e)||!p0(t)||!p0(i)||e===sl||t===sl||t>e||i>e)return NaN;if(r=ME(r),r<bE(0,i+t-e))return 0;if(r>=nl(i,t))return 1;for(n=new UE(r+1),n[r]=$E(r,e,t,i),v=r-1;v>=0;v--)s=(v+1)*(e-t-(i-v-1)),a=(t-v)*(i-v),n[v]=s/a*n[v+1];return o=WE(n),nl(o,1)}ol.exports=BE});var ll=u((YL,fl)=>{"use strict";var m0=Ar(),gt=S(),XE=ft(),VE=Gr(),QE=rr(),vl=B(),YE=f0(),cl=A(),ZE=j(),JE=l0();function KE(r,e,t){if(gt(r)||gt(e)||gt(t)||!m0(r)||!m0(e)||!m0(t)||r===cl||e===cl||e>r||t>r)return XE(NaN);return i;function i(a){var n,s,o,v,f;if(gt(a))return NaN;if(a=VE(a),a<QE(0,t+e-r))return 0;if(a>=vl(t,e))return 1;for(s=new ZE(a+1),s[a]=YE(a,r,e,t),f=a-1;f>=0;f--)o=(f+1)*(r-e-(t-f-1)),n=(e-f)*(t-f),s[f]=o/n*s[f+1];return v=JE(s),vl(v,1)}}fl.exports=KE});var dl=u((ZL,ml)=>{"use strict";var jE=ur(),pl=ul(),zE=ll();jE(pl,"factory",zE);ml.exports=pl});var Cr=["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"],_e=r=>Cr.indexOf(r),Pl=_e("POST_TEST_TRAFFIC_SHIFT"),jr=_e("PRE_PRODUCTION_TRAFFIC_SHIFT"),K0=_e("CLEAN_UP"),Lr=["SUCCESSFUL","STOPPED","ROLLBACK_SUCCESSFUL","ROLLBACK_FAILED"],Fl=["ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS","STOP_REQUESTED"],_t=["PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRODUCTION_TRAFFIC_SHIFT","POST_PRODUCTION_TRAFFIC_SHIFT","BAKE_TIME","CLEAN_UP"];function Ll(r,e,t){if(t!=="IN_PROGRESS"&&t!=="SUCCESSFUL")return[];let i=r===void 0||r==="RECONCILE_SERVICE"?-1:_t.indexOf(r),a=_t.indexOf(e);return a<0||i<0&&r!==void 0&&r!=="RECONCILE_SERVICE"||a<=i?[]:_t.slice(i+1,a)}async function z0(r,e){let t=r.verify.every(o=>o.length===0),i,a=new Set(r.answered),n=r.clock.now(),s=await Fr(async()=>{let o=await r.ecs.describeServiceDeployment(r.arn,r.signal);if(!o)throw new Error(`ECS does not know service deployment ${r.arn}`);let v=o.lifecycleStage??"PENDING",f=o.status??"PENDING",c=!1;if(o.lifecycleStage&&e.at(-1)?.stage!==v){for(let d of Ll(e.at(-1)?.stage,v,f))e.push({stage:d,at:r.clock.now(),between:!0}),r.timeline.note("stage",`${d} (passed between two looks)`);e.push({stage:v,at:r.clock.now()}),await r.onStage?.(v,o),c=!0}c=r.timeline.observe("stage",`${v} (${f})`)||c;let l=o.targetServiceRevision?.requestedProductionTrafficWeight;if(l!==void 0&&l!==i&&(i=l,r.onWeight?.(l)),c=r.timeline.observe("traffic",Dl(o))||c,Lr.includes(f)||Fl.includes(f)){if(f==="SUCCESSFUL"){let d=Ie(r.clock.now()-n);return U({ok:!0,deployment:o,reason:`ECS completed ${E(r.arn)} in ${d}`})}return Lr.includes(f)?U({ok:!1,cause:"ecs",deployment:o,reason:kl(o)}):Ir(c)}let m=_e(v),p={...r.gateContext,signal:r.signal??new AbortController().signal};if(!t&&m>=Pl&&m<K0){for(let d of r.verify.filter(h=>h.length>0)){let h=await j0(d,p,"verify",r);if(h)return U({ok:!1,cause:"gate",stage:v,...h})}t=!0,c=!0}if(m>=jr&&m<K0&&r.watch.length>0){let d=await j0(r.watch,p,v,r);if(d)return U({ok:!1,cause:"gate",stage:v,...d})}let g=Cl(o,a);if(g&&r.onPause){let d={hookId:g,stage:v,verified:t};if(r.timeline.note("hook",`ECS holds the deployment at a PAUSE hook during ${v}`),await r.onPause(d)==="hold")return U({ok:!0,deployment:o,reason:`held at ${v}`,paused:d});a.add(g),c=!0}return Ir(c)},{clock:r.clock,intervalMs:r.intervalMs,maxIntervalMs:r.intervalMs,deadline:r.deadline,signal:r.signal,onError:o=>r.timeline.note("error",`${o.message} (will retry)`)});return s.done?s.value:{ok:!1,cause:"timeout",reason:`service deployment ${E(r.arn)} not done within wait-timeout (plus the bake and step times ECS takes): ${r.timeline.latest(["stage","traffic"])}`}}async function j0(r,e,t,i){let a=await E0(r,e);i.onReports?.(t,a);for(let s of a)i.timeline.observe(s.gate,s.observed);let n=a.find(s=>s.state==="failed")??a.find(s=>s.state!=="passed");return n?{gate:n.gate,reason:n.observed}:void 0}function Cl(r,e){return r.lifecycleHookDetails?.find(t=>t.targetType==="PAUSE"&&t.status==="AWAITING_ACTION"&&t.hookId&&!e.has(t.hookId))?.hookId}function kl(r){let e=E(r.serviceDeploymentArn),t=r.statusReason?`: ${r.statusReason}`:"",i=r.rollback?.reason?` (rollback: ${r.rollback.reason})`:"";return`ECS ended service deployment ${e} with ${r.status}${t}${i}`}function Dl(r){let e=r.targetServiceRevision,t=r.sourceServiceRevisions??[],i=o=>t.reduce((v,f)=>v+(f[o]??0),0),a=`production ${e?.requestedProductionTrafficWeight??0}% new / ${i("requestedProductionTrafficWeight")}% old`,n=`test ${e?.requestedTestTrafficWeight??0}% new`,s=`${e?.runningTaskCount??0}/${e?.requestedTaskCount??0} new tasks running`;return`${a}, ${n}, ${s}`}function E(r){return r?.split("/").pop()??"?"}var Et={BLUE_GREEN:"blue-green",LINEAR:"canary",CANARY:"canary"};function Ee(r){if((r.deploymentController?.type??"ECS")!=="ECS")return;let e=r.deploymentConfiguration?.strategy??"ROLLING";return e in Et?e:void 0}function we(r){for(let e of r.loadBalancers??[]){let t=e.advancedConfiguration;if(!(!t?.productionListenerRule||!t.alternateTargetGroupArn||!e.targetGroupArn))return{loadBalancer:e,productionListenerRule:t.productionListenerRule,testListenerRule:t.testListenerRule,targetGroups:[e.targetGroupArn,t.alternateTargetGroupArn]}}}async function x0(r,e,t,i){let[a]=await At(r,e,[{name:t,input:"service"}]),n=Ee(a),s=v=>new sr(`Invalid input service: service ${K(t)} ${v}`);if(!n){let v=a.deploymentController?.type??"ECS",f=v==="ECS"?`uses the ECS ${a.deploymentConfiguration?.strategy??"ROLLING"} deployment strategy`:`uses the ${v} deployment controller`;throw s(`${f}; ${i} with a single service needs the ECS ${i==="canary"?"LINEAR or CANARY":"BLUE_GREEN"} strategy (for a pair of services, give blue-service, green-service and listener-rule)`)}if(i!=="rolling"&&Et[n]!==i)throw s(`uses the ECS ${n} deployment strategy, which the ${Et[n]} action runs`);let o=we(a);if(!o)throw s(`uses the ECS ${n} strategy but no load balancer with advancedConfiguration (alternateTargetGroupArn, productionListenerRule)`);return L0(a,"service",!1),{service:a,strategy:n,routing:o}}async function ra(r,e,t){let[i]=await At(r.ecs,e,[{name:t,input:"service"}]),a=Ee(i)?we(i):void 0;if(!a)return;let n=a.productionListenerRule;return{subject:`service ${i.serviceName??t}`,key:i.serviceArn??t,listenerArn:A0(n)?n:N0(n)}}function Te(r){return r?.split(":").pop()?.split("/")[1]}var Oe=(r,e)=>new sr(`Invalid input ${r}: ${e}`);function ea(r,e){let t=n=>{let s=Cr.indexOf(n);return s>0&&s<=jr};if(!(e.deploymentConfiguration?.lifecycleHooks??[]).some(n=>n.targetType==="PAUSE"&&n.lifecycleStages?.some(t)))throw Oe("mode",`deploy with service needs a PAUSE lifecycle hook before production traffic moves (e.g. at POST_TEST_TRAFFIC_SHIFT) in the deploymentConfiguration of service ${K(r.service)}: ECS holds a service deployment nowhere else`)}async function ta(r,e,t){let i=K(r.service);if(!t)throw Oe("mode",`${r.mode}: no service deployment of ${i} is in flight`);if(r.mode!=="promote")return;let a=t.brief.serviceDeploymentArn,n=await e.describeServiceDeployment(a),s=n?.lifecycleHookDetails?.find(v=>v.targetType==="PAUSE"&&v.status==="AWAITING_ACTION");if(!s?.hookId)throw Oe("mode",`promote: service deployment ${E(a)} of ${i} is ${n?.status??"?"} at ${n?.lifecycleStage??"?"}, not held at a PAUSE hook`);let o=r.expectedTaskDefinitionArn;if(o&&!(t.taskDefinition&&w0(t.taskDefinition,o)))throw Oe("task-definition-arn",`the paused service deployment ${E(a)} deploys ${t.taskDefinition??"an unknown version"}, not ${o}`);return s.hookId}var Gl=["PENDING","IN_PROGRESS","STOP_REQUESTED","ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS"];async function Re(r,e){let{cluster:t}=r,{service:i,strategy:a,routing:n}=await x0(e.ecs,t,r.service,r.action),s=C0(i);if((r.desiredCount??s.desiredCount)<1)throw new sr(`Invalid input desired-count: service ${K(r.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`);let o=await Hl(e.ecs,t,s.arn),v=r.mode==="promote"||r.mode==="abort",f=v?await ta(r,e.ecs,o):void 0;if(r.mode==="deploy"&&ea(r,s),!v&&!r.taskDefinition)throw new Error(`mode ${r.mode} needs a task definition`);let c=v||!r.taskDefinition?{arn:o?.taskDefinition??s.taskDefinition}:await G0(r.taskDefinition,s.taskDefinition,e.ecs,r.allowFamilyChange),l=await e.rules.describeRule(n.productionListenerRule);if(!l)throw new sr(`Invalid input service: the production listener rule ${n.productionListenerRule} of service ${K(r.service)} was not found`);if(o&&!v&&!("arn"in c&&o.taskDefinition===c.arn))throw new sr(`Invalid input service: service deployment ${E(o.brief.serviceDeploymentArn)} of ${K(r.service)} is ${o.brief.status} (deploying ${o.taskDefinition}); wait for it to end, or run rollback`);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");return await S0(e.cloudwatch,r.alarms),{service:s,strategy:a,routing:n,plan:c,weights:Se(l),inFlight:o?.brief,pausedHook:f}}async function Hl(r,e,t){let a=(await r.listServiceDeployments(e,t,{status:[...Gl]})).find(s=>!Lr.includes(s.status??""));if(!a)return;let n=a.targetServiceRevisionArn?await r.describeServiceRevision(a.targetServiceRevisionArn):void 0;return{brief:a,taskDefinition:n?.taskDefinition}}function ia(r){let e=r.service.deploymentConfiguration,t=e?.linearConfiguration,i=t?Math.ceil(100/(t.stepPercent??10))*(t.stepBakeTimeInMinutes??6):0,a=e?.canaryConfiguration?.canaryBakeTimeInMinutes??0;return((e?.bakeTimeInMinutes??0)+i+a)*6e4}var ql=y0(W5(),1),gl=y0(dl(),1);function d0(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return hl(1-(0,gl.default)(r.hits-1,t,i,r.total))}function yl(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:hl(1-(0,ql.default)(r.hits-1,r.total,e))}function hl(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var Yr=r=>r.requests>0?r.errors/r.requests:0;function q0(r,e,t,i){let a=`${Il("canary",r)}; ${Il("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${a})`};let n=(c,l)=>`${l} p ${c<1e-4?"< 0.0001":`= ${c.toPrecision(2)}`}, ${c<i?"significant":"not significant"} at ${xE(i)} confidence`,s=[],o=Yr(r);if(o>t.maxErrorRate){let c=yl({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${or(o)} over max-error-rate ${or(t.maxErrorRate)} (${n(c,"exact binomial test")})`;if(c<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${a}`};s.push(l)}if(e.requests>0){let c=o-Yr(e);if(c>t.maxErrorRateIncrease){let l=d0({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${Sl(c)} over stable, more than max-error-rate-increase ${Sl(t.maxErrorRateIncrease)} (${n(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${a}`};s.push(m)}}else s.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${or(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${or(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=d0({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${n(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${a}`};s.push(`${l} (${p})`)}else s.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let f=s.length>0?`; ${s.join("; ")}`:"";return{verdict:"passed",reason:`${a}${f}`}}function Il(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${X0(e.p99)}`;return`${r} ${or(Yr(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function xE(r){return or(1-r)}function Sl(r){return`+${or(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var rw=.05,ew=.001,yt=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,a){this.metrics=e,this.target=t,this.settings=i,this.clock=a}begin(e,t,i,a){let n={requests:0,errors:0,errorRate:0},s=new Date(i).toISOString(),o={step:e,weight:t,start:s,end:s,canary:n,stable:n,verdict:"watching",reason:"no look yet"};this.steps.push(o),this.current={step:o,startedAt:i,endsAt:a,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:a,stable:n}=await this.look(t.startedAt,i,e?.signal),s=t.step;if(s.end=new Date(i).toISOString(),s.canary={...a,errorRate:Yr(a)},s.stable={...n,errorRate:Yr(n)},this.samples.push({at:i,weight:s.weight,canaryErrorRate:s.canary.errorRate,stableErrorRate:s.stable.errorRate}),i<t.endsAt){let o=q0(a,n,this.settings,ew);return o.verdict==="failed"?this.record("failed",o):{state:"passed",observed:o.reason}}return this.conclude(q0(a,n,this.settings,rw))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:a,targetGroups:n}=this.target,s=await this.metrics.metricData(B0(a,n,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:W0(e,t)},i),o=Nt(s,"canary"),v=Nt(s,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:o,stable:v}}};function Al(r,e,t,i){if(!t)return;let[a,n]=e.routing.targetGroups,s=_0(e.routing.productionListenerRule),o=e.weights.find(f=>f.weight>0)?.targetGroupArn??a,v=o===a?n:a;return new yt(r,{loadBalancer:s,targetGroups:{canary:v,stable:o}},t,i)}function Nl(r,e,t,i){if(t<=0)return;let a=e.service.deploymentConfiguration,n=t>=100?Number.POSITIVE_INFINITY:a?.canaryConfiguration?.canaryBakeTimeInMinutes??a?.linearConfiguration?.stepBakeTimeInMinutes??0;r.begin(r.steps.length+1,t,i,i+n*6e4)}var ht=class{written=!1;denied=!1;ecs;service;log;stateOf;constructor(e,t,i,a){this.ecs=e,this.service=t,this.log=i,this.stateOf=a}async save(e,t){if(!this.denied)try{await this.ecs.tagResource(this.service.arn,P0(this.stateOf(e)),t),this.written=!0}catch(i){if(i.name!=="AccessDeniedException")throw i;this.denied=!0,this.log.warning(`the rollout record was not written on service ${this.service.name} (the role needs ecs:TagResource): ${St(i)}`)}}async saveEnding(e,t){!this.written||t||(e.status==="failed"||e.status==="rolled-back")&&await this.saveOrWarn(e.status)}async saveFinal(e){await this.save(e).catch(t=>{if(!(t instanceof h0))throw t})}async saveOrWarn(e){await this.save(e).catch(t=>this.log.warning(`the rollout record was not written: ${St(t)}`))}};var tw=6e4;async function _l(r,e){let{ports:t,options:i,context:a}=r,{ecs:n}=t,{cluster:s,service:o,taskDefinition:v}=e,c=(await n.updateService({cluster:s,service:o,taskDefinition:v,desiredCount:i.desiredCount},a.signal)).deployments?.find(q=>q.status==="PRIMARY"&&q.taskDefinition===v),l=c?.createdAt??new Date(a.clock.now()),m=new Date(l.getTime()-tw),p=new Map,g=async q=>(p.has(q)||p.set(q,(await n.describeServiceRevision(q))?.taskDefinition),p.get(q)),d=Math.min(i.waitTimeoutMs,12e4),h=await Fr(async()=>{for(let q of await n.listServiceDeployments(s,o,{after:m},a.signal)){let I=q.targetServiceRevisionArn;if(q.serviceDeploymentArn&&I&&await g(I)===v)return U(q.serviceDeploymentArn)}return Ir(!1)},{clock:a.clock,intervalMs:i.pollIntervalMs,deadline:a.clock.now()+d,signal:a.signal});if(!h.done)throw new Error(`UpdateService did not start a service deployment of ${v} on ${o} within ${Ie(d)}`);return{arn:h.value,deploymentId:c?.id}}function El(r,e,t,i,a){return Fr(async()=>{let n=await r.describeServiceDeployment(e),s=n?.status??"unknown",o=t.observe("rollback",`${n?.lifecycleStage??"?"} (${s})`);return Lr.includes(s)?U(s):Ir(o)},{clock:i,intervalMs:a.pollIntervalMs,maxIntervalMs:a.pollIntervalMs,deadline:i.now()+a.waitTimeoutMs})}async function It(r,e){let{rollout:t,options:i,plan:a,context:n}=r,s=await r.ports.rules.describeRule(a.routing.productionListenerRule).catch(()=>{}),o=s?Se(s):[],[v,f]=a.routing.targetGroups,c=wl(o);return{action:i.action,mode:i.mode,...e,startedAt:new Date(t.startedAt).toISOString(),finishedAt:new Date(n.clock.now()).toISOString(),durations:t.durations,cluster:i.cluster,service:a.service.name,strategy:a.strategy,serviceDeploymentArn:r.arn,deploymentId:r.deploymentId,stages:r.seen.map(({stage:l,at:m,between:p})=>({stage:l,atSeconds:D0(m-t.startedAt),...p?{between:p}:{}})),liveColor:Te(c),idleColor:Te(c===void 0?void 0:c===v?f:v),previousColor:Te(wl(a.weights)),weight:r.weight,taskDefinitionArn:r.taskDefinitionArn,previousTaskDefinitionArn:a.service.taskDefinition,analysis:r.analysis?.steps,run:i.run}}function wl(r){return[...r].sort((e,t)=>t.weight-e.weight).find(e=>e.weight>0)?.targetGroupArn}async function Tl(r){let{rollout:e,plan:t,ports:i,options:a}=r;r.arn=t.inFlight?.serviceDeploymentArn;let n="arn"in t.plan?t.plan.arn:r.taskDefinitionArn,s=await e.run([{name:"rollback",run:async()=>{let v={reason:"rollback asked",cause:"error"},f=await r.stop(v,{stop:!1,cancelled:!1}),c=`stopped service deployment ${E(r.arn)} with ROLLBACK${f.said}`;if(!f.restored)throw new Error(c);e.say(c);let l=await i.ecs.describeService(a.cluster,t.service.arn);r.taskDefinitionArn=l?.taskDefinition??r.taskDefinitionArn}}]);return{report:await It(r,s),timeline:e.timeline,gates:e.gates,rolledBackFrom:n}}async function Ol(r,e,t){let i=new g0(r,e,t,await Re(r,e));return r.mode==="abort"?Tl(i):i.run()}var g0=class{rollout;seen=[];taskDefinitionArn;arn;deploymentId;weight;endedByEcs;analysis;state;options;ports;context;plan;constructor(e,t,i,a){this.options=e,this.ports=t,this.context=i,this.plan=a,this.rollout=new b0(i,e.onFailure),this.taskDefinitionArn=a.service.taskDefinition,this.analysis=Al(t.metrics,a,e.analysis,i.clock);let n=a.service,s=T0(F0(n.tags));this.state=new ht(t.ecs,n,i.log,o=>({status:o,taskDefinition:this.taskDefinitionArn,previousTaskDefinition:n.taskDefinition,step:Math.max(0,Cr.indexOf(this.seen.at(-1)?.stage)),run:e.run,updatedAt:new Date(i.clock.now()).toISOString(),action:e.rollingBack?"rollback":e.action,history:o!=="succeeded"?s:e.rollingBack?R0(s,n.taskDefinition,this.taskDefinitionArn):O0(s,this.taskDefinitionArn,n.taskDefinition)}))}async run(){let{rollout:e,state:t}=this,i=await e.run([{name:"deploy",run:()=>this.deploy()},{name:"follow",run:()=>this.follow()}]),a=i.status==="succeeded"||i.status==="rolled-back"?i.status:"failed";return t.written&&!e.isCommitted&&i.status!=="paused"&&await t.saveFinal(a),{report:await It(this,i),timeline:e.timeline,gates:e.gates}}async deploy(){let{options:e,ports:t,plan:i,rollout:a,context:n}=this,{cluster:s}=e,o=i.service.arn;if(i.inFlight)this.taskDefinitionArn="arn"in i.plan?i.plan.arn:this.taskDefinitionArn,this.arn=i.inFlight.serviceDeploymentArn,a.timeline.note("rollout",`following service deployment ${E(this.arn)}, already in flight`),i.pausedHook&&this.arn&&(await t.ecs.continueServiceDeployment(this.arn,i.pausedHook,"CONTINUE",n.signal),a.timeline.note("hook",`ContinueServiceDeployment CONTINUE sent for ${E(this.arn)}`));else{let{arn:v,registered:f}=await k0(t.ecs,i.plan,n.signal);if(this.taskDefinitionArn=v,a.timeline.note("rollout",`${f?"registered":"deploying"} ${v}`),v===i.service.taskDefinition){a.say(`${i.service.name} already runs ${v}: nothing to deploy`);return}await this.state.save("deploying",n.signal);let c=await _l(this,{cluster:s,service:o,taskDefinition:v});this.arn=c.arn,this.deploymentId=c.deploymentId,a.timeline.note("rollout",`ECS started service deployment ${E(this.arn)} (${i.strategy})`)}this.deploymentId&&(a.watching={ecs:t.ecs,cluster:s,service:o,deploymentId:this.deploymentId}),a.onFailure({kind:"traffic",run:(v,f)=>this.stop(v,f)})}async follow(){let{options:e,rollout:t,context:i,arn:a}=this;if(!a)return;let n=H0(this.ports,e.healthCheckUrl,e.pollIntervalMs),s=M0(this.ports,e.verifyCommand,{ROLLOUT_SERVICE:this.plan.service.name,ROLLOUT_SERVICE_DEPLOYMENT_ARN:a,ROLLOUT_TASK_DEFINITION_ARN:this.taskDefinitionArn}),o=[...n];e.alarms.length>0&&o.push(new I0(this.ports.cloudwatch,e.alarms)),this.analysis&&o.push(this.analysis);let v=await t.timed("follow",()=>z0({ecs:this.ports.ecs,arn:a,timeline:t.timeline,clock:i.clock,signal:i.signal,intervalMs:e.pollIntervalMs,deadline:i.clock.now()+e.waitTimeoutMs+ia(this.plan),verify:[n,s?[s]:[]],watch:o,gateContext:{tasks:async()=>{let{deploymentId:c}=this;return c?this.ports.ecs.deploymentTasks(e.cluster,this.plan.service.arn,c):[]},expectedCount:e.desiredCount??this.plan.service.desiredCount},onStage:c=>this.onStage(c),onWeight:c=>this.onWeight(c),onReports:(c,l)=>t.keep(c,l),onPause:c=>this.onPause(c),answered:this.plan.pausedHook?[this.plan.pausedHook]:[]},this.seen));if(v.ok&&v.paused){await this.state.save("paused",i.signal);let c=v.paused.verified?" after passing the verify gates":"";return{status:"paused",reason:`ECS holds service deployment ${E(a)} of ${this.taskDefinitionArn} at its PAUSE hook during ${v.paused.stage}${c}; production traffic stays on ${this.plan.service.taskDefinition} until mode promote`}}if(v.ok){t.commit(),await this.state.saveOrWarn("succeeded"),t.say(`${v.reason}; ${this.plan.service.name} serves ${this.taskDefinitionArn}`);return}if(v.cause==="ecs")throw this.endedByEcs=v.deployment,new Ae({ok:!1,cause:"circuit-breaker",reason:v.reason});if(v.cause==="timeout")throw new Ae(v);let f=`during ${v.stage} of service deployment ${E(a)}`;throw new Ae({ok:!1,cause:"gate",gate:v.gate,reason:v.reason},f)}async onPause(e){return this.options.mode==="deploy"?"hold":(await this.ports.ecs.continueServiceDeployment(this.arn,e.hookId,"CONTINUE",this.context.signal),this.rollout.timeline.note("hook","ContinueServiceDeployment CONTINUE sent: every gate passed"),"continue")}async onStage(e){Cr.indexOf(e)===jr+1&&await this.state.save("switched",this.context.signal)}onWeight(e){this.weight=e,this.analysis&&Nl(this.analysis,this.plan,e,this.context.clock.now())}async stop(e,t){let i=this.endedByEcs;if(i){let o=i.status==="ROLLBACK_SUCCESSFUL";return{said:o?"; ECS rolled the service back to its previous revision":"",restored:o}}if(e.cause==="timeout"&&t.stop)return{said:" (on-failure: stop: ECS carries on)"};if(t.stop)return{said:" (on-failure: stop: the deployment goes on as ECS runs it)"};let{ecs:a}=this.ports,n=this.arn;if(await a.stopServiceDeployment(n),this.rollout.timeline.note("rollback",`StopServiceDeployment ROLLBACK sent for ${E(n)}`),t.cancelled)return{said:"; ECS was asked to roll back (not awaited)"};let s=await this.rollout.timed("rollback",()=>El(a,n,this.rollout.timeline,this.context.clock,this.options));return s.done?s.value!=="ROLLBACK_SUCCESSFUL"?{said:`; the rollback ended with ${s.value}`}:{said:`; ECS rolled the service back to ${this.plan.service.taskDefinition}`,restored:!0}:{said:`; the rollback of ${E(n)} did not end within wait-timeout`}}};var VC={...J0,blueService:Zr("blue-service",Ne("service")),greenService:Zr("green-service",Ne("service")),listenerRule:Zr("listener-rule",Z0),service:Zr("service",Ne("service"))},Rl=["blue-service","green-service","listener-rule"];function QC(r){let e=[r.blueService,r.greenService,r.listenerRule],t=Rl.filter((i,a)=>!e[a]);if(t.length>0)throw Jr(t.map(i=>`${i} is required (or service, for a service whose ECS deployment strategy is not ROLLING)`));return r}function YC(r,e){return Kr("service").trim()?e():r()}function ZC(r,e,t,i,a,n=process.env){let o=[...[...Rl,"test-listener-rule"].map(l=>({name:l,default:void 0})),...i].filter(l=>{let m=t(l.name).trim();return m!==""&&m!==l.default}).map(l=>l.name);if(o.length>0)throw Jr(o.map(l=>`${l} is not used with service (ECS runs the deployment from the service's own configuration)`));let v=e.mode??"full",f=Q0(e,n.GITHUB_WORKSPACE??"."),c=v==="promote"||v==="abort";if(c&&f&&!(v==="promote"&&f.kind==="arn"))throw Jr([`mode ${v} acts on the service deployment in flight: give no new version (task-definition-arn may name it with promote, as a check)`]);if(!c&&!f)throw Jr([`task-definition, task-definition-arn or image (with container) is required with mode ${v}`]);return{action:r,cluster:e.cluster,service:e.service,mode:v,taskDefinition:c?void 0:f,expectedTaskDefinitionArn:v==="promote"?e.taskDefinitionArn:void 0,allowFamilyChange:e.allowFamilyChange,desiredCount:e.desiredCount,alarms:e.alarms,healthCheckUrl:e.healthCheckUrl,verifyCommand:e.verifyCommand,analysis:a,waitTimeoutMs:e.waitTimeout,pollIntervalMs:e.pollInterval,onFailure:e.onFailure,run:Y0(n),lockTimeoutMs:e.lockTimeout}}function JC(r,e,t,i){return{name:e,id:r,lock:(a,n)=>ra(n,a.cluster,a.service),check:Re,options:t,deploy:Ol,title:a=>`${e} of ${a.service} (ECS ${a.strategy})`,outputs:i,facts:a=>[["Cluster",a.cluster],["Service",a.service],["Strategy",`ECS ${a.strategy}`],["Service deployment",a.serviceDeploymentArn],["Stages",a.stages.map(n=>`${n.stage} (+${n.atSeconds}s)`).join(" \u2192 ")||void 0],["Live target group",a.liveColor],["Task definition",a.taskDefinitionArn],["Previous task definition",a.previousTaskDefinitionArn]]}}async function KC(r={},e=()=>{}){let t=Kr("cluster").trim(),i=Kr("service").trim();if(!t||!i)return{native:!1,overrides:r};let a=r.clients??$0(),n=V0(U0(a.ecs)),s={...r,clients:a,ecsBeforeLock:n};try{e(f=>Kr(f));let{found:[o]}=await n.describeServicesWithTags(t,[i]);return{native:o!==void 0&&Ee(o)!==void 0&&we(o)!==void 0,overrides:s}}catch{return{native:!1,overrides:s}}}export{ht as a,x0 as b,ra as c,Gl as d,Re as e,yt as f,Tl as g,Ol as h,g0 as i,VC as j,QC as k,YC as l,ZC as m,JC as n,KC as o};
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
