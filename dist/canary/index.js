import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as mi,b as qi,c as hi}from"../shared/chunk-UFP7RMPF.js";import"../shared/chunk-GQ7CXG4J.js";import{a as u0,c as o0,e as ci,g as li,j as pi}from"../shared/chunk-R3GCUIKN.js";import"../shared/chunk-Q3UGIXMH.js";import{A as fi,H as n0,X as v0,a as ai,b as Or,c as a0,da as le,ga as di,h as ce,ha as yi,ia as gi,j as si,ja as Ii,k as $,l as ni,la as Ai,na as _i,o as ui,p as oi,pa as Ni,q as s0,s as Ur,ua as Si,va as wi,w as vi,wa as Ei}from"../shared/chunk-P5YRWSIA.js";import"../shared/chunk-XJUR523T.js";import"../shared/chunk-7WUM4RUY.js";import"../shared/chunk-YMBTFCUV.js";import"../shared/chunk-VPA6IIEN.js";import"../shared/chunk-TNAXB3I4.js";import"../shared/chunk-MJLJIAAH.js";import"../shared/chunk-X6UUWIRH.js";import"../shared/chunk-SMVPF4N4.js";import{b as u,c as ii}from"../shared/chunk-XTI4HEAM.js";var Li=u((Hw,Ri)=>{"use strict";var i8=typeof Object.defineProperty=="function"?Object.defineProperty:null;Ri.exports=i8});var bi=u((Gw,Ci)=>{"use strict";var a8=Li();function s8(){try{return a8({},"x",{}),!0}catch{return!1}}Ci.exports=s8});var Hi=u(($w,Mi)=>{"use strict";var n8=Object.defineProperty;Mi.exports=n8});var c0=u((Dw,Gi)=>{"use strict";function u8(r){return typeof r=="number"}Gi.exports=u8});var l0=u((Ww,Di)=>{"use strict";function o8(r){return r[0]==="-"}function $i(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function v8(r,e,t){var i=!1,s=e-r.length;return s<0||(o8(r)&&(i=!0,r=r.substr(1)),r=t?r+$i(s):$i(s)+r,i&&(r="-"+r)),r}Di.exports=v8});var Bi=u((kw,Ui)=>{"use strict";var f8=c0(),Wi=l0(),c8=String.prototype.toLowerCase,ki=String.prototype.toUpperCase;function l8(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!f8(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=Wi(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=Wi(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===ki.call(r.specifier)?ki.call(t):c8.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}Ui.exports=l8});var Vi=u((Uw,Xi)=>{"use strict";function p8(r){return typeof r=="string"}Xi.exports=p8});var Yi=u((Bw,Zi)=>{"use strict";var m8=Math.abs,q8=String.prototype.toLowerCase,Qi=String.prototype.toUpperCase,dr=String.prototype.replace,h8=/e\+(\d)$/,d8=/e-(\d)$/,y8=/^(\d+)$/,g8=/^(\d+)e/,I8=/\.0$/,A8=/\.0*e/,_8=/(\..*[^0])0*e/;function N8(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":m8(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=dr.call(i,_8,"$1e"),i=dr.call(i,A8,"e"),i=dr.call(i,I8,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=dr.call(i,h8,"e+0$1"),i=dr.call(i,d8,"e-0$1"),e.alternate&&(i=dr.call(i,y8,"$1."),i=dr.call(i,g8,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===Qi.call(e.specifier)?Qi.call(i):q8.call(i),i}Zi.exports=N8});var ji=u((Xw,Ki)=>{"use strict";function Ji(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function S8(r,e,t){var i=e-r.length;return i<0||(r=t?r+Ji(i):Ji(i)+r),r}Ki.exports=S8});var xi=u((Vw,zi)=>{"use strict";var w8=Bi(),E8=Vi(),O8=c0(),F8=Yi(),T8=ji(),P8=l0(),R8=String.fromCharCode,L8=Array.isArray;function me(r){return r!==r}function C8(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function b8(r){var e,t,i,s,a,n,o,v,c,f;if(!L8(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(n="",o=1,c=0;c<r.length;c++)if(i=r[c],E8(i))n+=i;else{if(e=i.precision!==void 0,i=C8(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+c+"`. Value: `"+i+"`.");for(i.mapping&&(o=i.mapping),t=i.flags,f=0;f<t.length;f++)switch(s=t.charAt(f),s){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+s)}if(i.width==="*"){if(i.width=parseInt(arguments[o],10),o+=1,me(i.width))throw new TypeError("the argument for * width at position "+o+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[o],10),o+=1,me(i.precision))throw new TypeError("the argument for * precision at position "+o+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[o],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=w8(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!me(i.arg)){if(a=parseInt(i.arg,10),a<0||a>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=me(a)?String(i.arg):R8(a)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!O8(i.arg))throw new Error("invalid floating-point number. Value: "+n);v=i.arg,i.padZeros=!1}i.arg=F8(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=P8(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=T8(i.arg,i.width,i.padRight)),n+=i.arg||"",o+=1}return n}zi.exports=b8});var ea=u((Qw,ra)=>{"use strict";var M8=xi();ra.exports=M8});var ia=u((Zw,ta)=>{"use strict";var qe=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function H8(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function G8(r){var e,t,i,s;for(t=[],s=0,i=qe.exec(r);i;)e=r.slice(s,qe.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(H8(i)),s=qe.lastIndex,i=qe.exec(r);return e=r.slice(s),e.length&&t.push(e),t}ta.exports=G8});var sa=u((Yw,aa)=>{"use strict";var $8=ia();aa.exports=$8});var ua=u((Jw,na)=>{"use strict";function D8(r){return typeof r=="string"}na.exports=D8});var fa=u((Kw,va)=>{"use strict";var W8=ea(),k8=sa(),U8=ua();function oa(r){var e,t;if(!U8(r))throw new TypeError(oa("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[k8(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return W8.apply(null,e)}va.exports=oa});var la=u((jw,ca)=>{"use strict";var B8=fa();ca.exports=B8});var ya=u((zw,da)=>{"use strict";var pa=la(),Fr=Object.prototype,ma=Fr.toString,qa=Fr.__defineGetter__,ha=Fr.__defineSetter__,X8=Fr.__lookupGetter__,V8=Fr.__lookupSetter__;function Q8(r,e,t){var i,s,a,n;if(typeof r!="object"||r===null||ma.call(r)==="[object Array]")throw new TypeError(pa("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||ma.call(t)==="[object Array]")throw new TypeError(pa("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(s="value"in t,s&&(X8.call(r,e)||V8.call(r,e)?(i=r.__proto__,r.__proto__=Fr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),a="get"in t,n="set"in t,s&&(a||n))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return a&&qa&&qa.call(r,e,t.get),n&&ha&&ha.call(r,e,t.set),r}da.exports=Q8});var Ia=u((xw,ga)=>{"use strict";var Z8=bi(),Y8=Hi(),J8=ya(),p0;Z8()?p0=Y8:p0=J8;ga.exports=p0});var _a=u((rE,Aa)=>{"use strict";var K8=Ia();function j8(r,e,t){K8(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}Aa.exports=j8});var sr=u((eE,Na)=>{"use strict";var z8=_a();Na.exports=z8});var wa=u((tE,Sa)=>{"use strict";var x8=Math.floor;Sa.exports=x8});var F=u((iE,Ea)=>{"use strict";var rf=wa();Ea.exports=rf});var Fa=u((aE,Oa)=>{"use strict";var ef=F();function tf(r){return ef(r)===r&&r>=0}Oa.exports=tf});var yr=u((sE,Ta)=>{"use strict";var af=Fa();Ta.exports=af});var Ra=u((nE,Pa)=>{"use strict";function sf(r){return r!==r}Pa.exports=sf});var A=u((uE,La)=>{"use strict";var nf=Ra();La.exports=nf});var ba=u((oE,Ca)=>{"use strict";function uf(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}Ca.exports=uf});var Ha=u((vE,Ma)=>{"use strict";var of=ba();Ma.exports=of});var $a=u((fE,Ga)=>{"use strict";var vf=Ha(),ff=vf();function cf(){return ff&&typeof Symbol.toStringTag=="symbol"}Ga.exports=cf});var Wa=u((cE,Da)=>{"use strict";var lf=$a();Da.exports=lf});var m0=u((lE,ka)=>{"use strict";var pf=Object.prototype.toString;ka.exports=pf});var Ba=u((pE,Ua)=>{"use strict";var mf=m0();function qf(r){return mf.call(r)}Ua.exports=qf});var Va=u((mE,Xa)=>{"use strict";var hf=Object.prototype.hasOwnProperty;function df(r,e){return r==null?!1:hf.call(r,e)}Xa.exports=df});var Za=u((qE,Qa)=>{"use strict";var yf=Va();Qa.exports=yf});var Ja=u((hE,Ya)=>{"use strict";var gf=typeof Symbol=="function"?Symbol:void 0;Ya.exports=gf});var ja=u((dE,Ka)=>{"use strict";var If=Ja();Ka.exports=If});var rs=u((yE,xa)=>{"use strict";var za=ja(),Af=typeof za=="function"?za.toStringTag:"";xa.exports=Af});var ts=u((gE,es)=>{"use strict";var _f=Za(),Br=rs(),q0=m0();function Nf(r){var e,t,i;if(r==null)return q0.call(r);t=r[Br],e=_f(r,Br);try{r[Br]=void 0}catch{return q0.call(r)}return i=q0.call(r),e?r[Br]=t:delete r[Br],i}es.exports=Nf});var Xr=u((IE,is)=>{"use strict";var Sf=Wa(),wf=Ba(),Ef=ts(),h0;Sf()?h0=Ef:h0=wf;is.exports=h0});var ss=u((AE,as)=>{"use strict";var Of=Xr(),Ff=typeof Uint32Array=="function";function Tf(r){return Ff&&r instanceof Uint32Array||Of(r)==="[object Uint32Array]"}as.exports=Tf});var us=u((_E,ns)=>{"use strict";var Pf=ss();ns.exports=Pf});var vs=u((NE,os)=>{"use strict";var Rf=4294967295;os.exports=Rf});var cs=u((SE,fs)=>{"use strict";var Lf=typeof Uint32Array=="function"?Uint32Array:null;fs.exports=Lf});var ms=u((wE,ps)=>{"use strict";var Cf=us(),d0=vs(),ls=cs();function bf(){var r,e;if(typeof ls!="function")return!1;try{e=[1,3.14,-3.14,d0+1,d0+2],e=new ls(e),r=Cf(e)&&e[0]===1&&e[1]===3&&e[2]===d0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}ps.exports=bf});var hs=u((EE,qs)=>{"use strict";var Mf=ms();qs.exports=Mf});var ys=u((OE,ds)=>{"use strict";var Hf=typeof Uint32Array=="function"?Uint32Array:void 0;ds.exports=Hf});var Is=u((FE,gs)=>{"use strict";function Gf(){throw new Error("not implemented")}gs.exports=Gf});var gr=u((TE,As)=>{"use strict";var $f=hs(),Df=ys(),Wf=Is(),y0;$f()?y0=Df:y0=Wf;As.exports=y0});var Ns=u((PE,_s)=>{"use strict";var kf=Xr(),Uf=typeof Float64Array=="function";function Bf(r){return Uf&&r instanceof Float64Array||kf(r)==="[object Float64Array]"}_s.exports=Bf});var ws=u((RE,Ss)=>{"use strict";var Xf=Ns();Ss.exports=Xf});var Os=u((LE,Es)=>{"use strict";var Vf=typeof Float64Array=="function"?Float64Array:null;Es.exports=Vf});var Ps=u((CE,Ts)=>{"use strict";var Qf=ws(),Fs=Os();function Zf(){var r,e;if(typeof Fs!="function")return!1;try{e=new Fs([1,3.14,-3.14,NaN]),r=Qf(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}Ts.exports=Zf});var Ls=u((bE,Rs)=>{"use strict";var Yf=Ps();Rs.exports=Yf});var bs=u((ME,Cs)=>{"use strict";var Jf=typeof Float64Array=="function"?Float64Array:void 0;Cs.exports=Jf});var Hs=u((HE,Ms)=>{"use strict";function Kf(){throw new Error("not implemented")}Ms.exports=Kf});var K=u((GE,Gs)=>{"use strict";var jf=Ls(),zf=bs(),xf=Hs(),g0;jf()?g0=zf:g0=xf;Gs.exports=g0});var Ds=u(($E,$s)=>{"use strict";var rc=Xr(),ec=typeof Uint8Array=="function";function tc(r){return ec&&r instanceof Uint8Array||rc(r)==="[object Uint8Array]"}$s.exports=tc});var ks=u((DE,Ws)=>{"use strict";var ic=Ds();Ws.exports=ic});var Bs=u((WE,Us)=>{"use strict";var ac=255;Us.exports=ac});var Vs=u((kE,Xs)=>{"use strict";var sc=typeof Uint8Array=="function"?Uint8Array:null;Xs.exports=sc});var Ys=u((UE,Zs)=>{"use strict";var nc=ks(),I0=Bs(),Qs=Vs();function uc(){var r,e;if(typeof Qs!="function")return!1;try{e=[1,3.14,-3.14,I0+1,I0+2],e=new Qs(e),r=nc(e)&&e[0]===1&&e[1]===3&&e[2]===I0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Zs.exports=uc});var Ks=u((BE,Js)=>{"use strict";var oc=Ys();Js.exports=oc});var zs=u((XE,js)=>{"use strict";var vc=typeof Uint8Array=="function"?Uint8Array:void 0;js.exports=vc});var rn=u((VE,xs)=>{"use strict";function fc(){throw new Error("not implemented")}xs.exports=fc});var tn=u((QE,en)=>{"use strict";var cc=Ks(),lc=zs(),pc=rn(),A0;cc()?A0=lc:A0=pc;en.exports=A0});var sn=u((ZE,an)=>{"use strict";var mc=Xr(),qc=typeof Uint16Array=="function";function hc(r){return qc&&r instanceof Uint16Array||mc(r)==="[object Uint16Array]"}an.exports=hc});var un=u((YE,nn)=>{"use strict";var dc=sn();nn.exports=dc});var vn=u((JE,on)=>{"use strict";var yc=65535;on.exports=yc});var cn=u((KE,fn)=>{"use strict";var gc=typeof Uint16Array=="function"?Uint16Array:null;fn.exports=gc});var mn=u((jE,pn)=>{"use strict";var Ic=un(),_0=vn(),ln=cn();function Ac(){var r,e;if(typeof ln!="function")return!1;try{e=[1,3.14,-3.14,_0+1,_0+2],e=new ln(e),r=Ic(e)&&e[0]===1&&e[1]===3&&e[2]===_0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}pn.exports=Ac});var hn=u((zE,qn)=>{"use strict";var _c=mn();qn.exports=_c});var yn=u((xE,dn)=>{"use strict";var Nc=typeof Uint16Array=="function"?Uint16Array:void 0;dn.exports=Nc});var In=u((rO,gn)=>{"use strict";function Sc(){throw new Error("not implemented")}gn.exports=Sc});var _n=u((eO,An)=>{"use strict";var wc=hn(),Ec=yn(),Oc=In(),N0;wc()?N0=Ec:N0=Oc;An.exports=N0});var Sn=u((tO,Nn)=>{"use strict";var Fc=tn(),Tc=_n(),Pc={uint16:Tc,uint8:Fc};Nn.exports=Pc});var Fn=u((iO,On)=>{"use strict";var wn=Sn(),En;function Rc(){var r,e;return r=new wn.uint16(1),r[0]=4660,e=new wn.uint8(r.buffer),e[0]===52}En=Rc();On.exports=En});var Ir=u((aO,Tn)=>{"use strict";var Lc=Fn();Tn.exports=Lc});var Rn=u((sO,Pn)=>{"use strict";var Cc=Ir(),S0;Cc===!0?S0=1:S0=0;Pn.exports=S0});var bn=u((nO,Cn)=>{"use strict";var bc=gr(),Mc=K(),Hc=Rn(),Ln=new Mc(1),Gc=new bc(Ln.buffer);function $c(r){return Ln[0]=r,Gc[Hc]}Cn.exports=$c});var L=u((uO,Mn)=>{"use strict";var Dc=bn();Mn.exports=Dc});var Gn=u((oO,Hn)=>{"use strict";var Wc=Ir(),w0;Wc===!0?w0=1:w0=0;Hn.exports=w0});var Dn=u((vO,$n)=>{"use strict";var kc=gr(),Uc=K(),Bc=Gn(),E0=new Uc(1),Xc=new kc(E0.buffer);function Vc(r,e){return E0[0]=r,Xc[Bc]=e>>>0,E0[0]}$n.exports=Vc});var Tr=u((fO,Wn)=>{"use strict";var Qc=Dn();Wn.exports=Qc});var Bn=u((cO,Un)=>{"use strict";var Zc=Ir(),kn,O0,F0;Zc===!0?(O0=1,F0=0):(O0=0,F0=1);kn={HIGH:O0,LOW:F0};Un.exports=kn});var Yn=u((lO,Zn)=>{"use strict";var Yc=gr(),Jc=K(),Vn=Bn(),Qn=new Jc(1),Xn=new Yc(Qn.buffer),Kc=Vn.HIGH,jc=Vn.LOW;function zc(r,e){return Xn[Kc]=r,Xn[jc]=e,Qn[0]}Zn.exports=zc});var Vr=u((pO,Jn)=>{"use strict";var xc=Yn();Jn.exports=xc});var _=u((mO,Kn)=>{"use strict";var rl=Number.POSITIVE_INFINITY;Kn.exports=rl});var zn=u((qO,jn)=>{"use strict";jn.exports=Number});var r1=u((hO,xn)=>{"use strict";var el=zn();xn.exports=el});var T=u((dO,e1)=>{"use strict";var tl=r1(),il=tl.NEGATIVE_INFINITY;e1.exports=il});var nr=u((yO,t1)=>{"use strict";var al=1023;t1.exports=al});var a1=u((gO,i1)=>{"use strict";var sl=.34657359027997264;i1.exports=sl});var n1=u((IO,s1)=>{"use strict";function nl(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}s1.exports=nl});var l1=u((AO,c1)=>{"use strict";var ul=A(),u1=L(),T0=Tr(),ol=Vr(),o1=_(),vl=T(),v1=nr(),fl=a1(),cl=n1(),ll=709.782712893384,P0=.6931471803691238,R0=19082149292705877e-26,f1=1.4426950408889634,pl=38.816242111356935,ml=1.0397207708399179;function ql(r){var e,t,i,s,a,n,o,v,c,f,l,m,p;if(r===o1||ul(r))return r;if(r===vl)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=pl){if(i)return-1;if(v>=ll)return o1}if(n=u1(v)|0,v>fl)v<ml?i?(s=r+P0,a=-R0,p=-1):(s=r-P0,a=R0,p=1):(i?p=f1*r-.5:p=f1*r+.5,p|=0,l=p,s=r-l*P0,a=l*R0),r=s-a,f=s-r-a;else{if(n<1016070144)return r;p=0}return e=.5*r,c=r*e,o=1+c*cl(c),l=3-o*e,m=c*((o-l)/(6-r*l)),p===0?r-(r*m-c):(t=ol(v1+p<<20,0),m=r*(m-f)-f,m-=c,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(s=u1(v)+(p<<20)|0,v=T0(v,s)):v*=t,v-1):(l=1,p<20?(s=1072693248-(2097152>>p)|0,l=T0(l,s),v=l-(m-r)):(s=v1-p<<20|0,l=T0(l,s),v=r-(m+l),v+=1),v*=t,v))}c1.exports=ql});var Qr=u((_O,p1)=>{"use strict";var hl=l1();p1.exports=hl});var q1=u((NO,m1)=>{"use strict";function dl(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}m1.exports=dl});var I1=u((SO,g1)=>{"use strict";var yl=A(),h1=L(),d1=Tr(),gl=_(),Il=T(),y1=nr(),Al=q1(),L0=.6931471803691238,C0=19082149292705877e-26,_l=.41421356237309503,Nl=-.2928932188134525,Sl=1862645149230957e-24,wl=5551115123125783e-32,El=9007199254740992,Ol=.6666666666666666;function Fl(r){var e,t,i,s,a,n,o,v,c,f;if(r<-1||yl(r))return NaN;if(r===-1)return Il;if(r===gl||r===0)return r;if(r<0?i=-r:i=r,f=1,i<_l){if(i<Sl)return i<wl?r:r-r*r*.5;r>Nl&&(f=0,s=r,t=1)}return f!==0&&(i<El?(c=1+r,t=h1(c),f=(t>>20)-y1,f>0?a=1-(c-r):a=r-(c-1),a/=c):(c=r,t=h1(c),f=(t>>20)-y1,a=0),t&=1048575,t<434334?c=d1(c,t|1072693248):(f+=1,c=d1(c,t|1071644672),t=1048576-t>>2),s=c-1),e=.5*s*s,t===0?s===0?(a+=f*C0,f*L0+a):(v=e*(1-Ol*s),f*L0-(v-(f*C0+a)-s)):(n=s/(2+s),o=n*n,v=o*Al(o),f===0?s-(e-n*(e+v)):f*L0-(e-(n*(e+v)+(f*C0+a))-s))}g1.exports=Fl});var j=u((wO,A1)=>{"use strict";var Tl=I1();A1.exports=Tl});var N1=u((EO,_1)=>{"use strict";var Pl=Math.sqrt;_1.exports=Pl});var D=u((OO,S1)=>{"use strict";var Rl=N1();S1.exports=Rl});var E1=u((FO,w1)=>{"use strict";var Ll=.7853981633974483;w1.exports=Ll});var F1=u((TO,O1)=>{"use strict";function Cl(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}O1.exports=Cl});var P1=u((PO,T1)=>{"use strict";function bl(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}T1.exports=bl});var C1=u((RO,L1)=>{"use strict";var Ml=A(),Hl=D(),R1=E1(),Gl=F1(),$l=P1(),Dl=6123233995736766e-32;function Wl(r){var e,t,i,s,a;if(Ml(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,s=t*$l(t),t=Hl(t+t),a=R1-t,t=t*s-Dl,a-=t,a+=R1;else{if(i<1e-8)return r;t=i*i,a=t*Gl(t),a=i*a+i}return e?-a:a}L1.exports=Wl});var M1=u((LO,b1)=>{"use strict";var kl=C1();b1.exports=kl});var G1=u((CO,H1)=>{"use strict";function Ul(r){return Math.abs(r)}H1.exports=Ul});var N=u((bO,$1)=>{"use strict";var Bl=G1();$1.exports=Bl});var W1=u((MO,D1)=>{"use strict";var Xl=Math.ceil;D1.exports=Xl});var U1=u((HO,k1)=>{"use strict";var Vl=W1();k1.exports=Vl});var X1=u((GO,B1)=>{"use strict";var Ql=F(),Zl=U1();function Yl(r){return r<0?Zl(r):Ql(r)}B1.exports=Yl});var Pr=u(($O,V1)=>{"use strict";var Jl=X1();V1.exports=Jl});var Z1=u((DO,Q1)=>{"use strict";var Kl=1023;Q1.exports=Kl});var J1=u((WO,Y1)=>{"use strict";var jl=-1023;Y1.exports=jl});var j1=u((kO,K1)=>{"use strict";var zl=-1074;K1.exports=zl});var x1=u((UO,z1)=>{"use strict";var xl=_(),rp=T();function ep(r){return r===xl||r===rp}z1.exports=ep});var Ar=u((BO,ru)=>{"use strict";var tp=x1();ru.exports=tp});var tu=u((XO,eu)=>{"use strict";var ip=2147483648;eu.exports=ip});var ur=u((VO,iu)=>{"use strict";var ap=2147483647;iu.exports=ap});var nu=u((QO,su)=>{"use strict";var sp=Ir(),au,b0,M0;sp===!0?(b0=1,M0=0):(b0=0,M0=1);au={HIGH:b0,LOW:M0};su.exports=au});var H0=u((ZO,fu)=>{"use strict";var np=gr(),up=K(),ou=nu(),vu=new up(1),uu=new np(vu.buffer),op=ou.HIGH,vp=ou.LOW;function fp(r,e,t,i){return vu[0]=r,e[i]=uu[op],e[i+t]=uu[vp],e}fu.exports=fp});var lu=u((YO,cu)=>{"use strict";var cp=H0();function lp(r){return cp(r,[0,0],1,0)}cu.exports=lp});var he=u((JO,mu)=>{"use strict";var pp=sr(),pu=lu(),mp=H0();pp(pu,"assign",mp);mu.exports=pu});var hu=u((KO,qu)=>{"use strict";var qp=tu(),hp=ur(),dp=he(),yp=L(),gp=Vr(),G0=[0,0];function Ip(r,e){var t,i;return dp.assign(r,G0,1,0),t=G0[0],t&=hp,i=yp(e),i&=qp,t|=i,gp(t,G0[1])}qu.exports=Ip});var de=u((jO,du)=>{"use strict";var Ap=hu();du.exports=Ap});var Rr=u((zO,yu)=>{"use strict";var _p=22250738585072014e-324;yu.exports=_p});var $0=u((xO,gu)=>{"use strict";var Np=Rr(),Sp=Ar(),wp=A(),Ep=N(),Op=4503599627370496;function Fp(r,e,t,i){return wp(r)||Sp(r)?(e[i]=r,e[i+t]=0,e):r!==0&&Ep(r)<Np?(e[i]=r*Op,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}gu.exports=Fp});var Au=u((rF,Iu)=>{"use strict";var Tp=$0();function Pp(r){return Tp(r,[0,0],1,0)}Iu.exports=Pp});var Su=u((eF,Nu)=>{"use strict";var Rp=sr(),_u=Au(),Lp=$0();Rp(_u,"assign",Lp);Nu.exports=_u});var Zr=u((tF,wu)=>{"use strict";var Cp=2146435072;wu.exports=Cp});var Ou=u((iF,Eu)=>{"use strict";var bp=L(),Mp=Zr(),Hp=nr();function Gp(r){var e=bp(r);return e=(e&Mp)>>>20,e-Hp|0}Eu.exports=Gp});var Tu=u((aF,Fu)=>{"use strict";var $p=Ou();Fu.exports=$p});var Ru=u((sF,Pu)=>{"use strict";var Dp=_(),Wp=T(),kp=nr(),Up=Z1(),Bp=J1(),Xp=j1(),Vp=A(),Qp=Ar(),Zp=de(),Yp=Su().assign,Jp=Tu(),Kp=he(),jp=Vr(),zp=2220446049250313e-31,xp=2148532223,D0=[0,0],W0=[0,0];function rm(r,e){var t,i;return e===0||r===0||Vp(r)||Qp(r)?r:(Yp(r,D0,1,0),r=D0[0],e+=D0[1],e+=Jp(r),e<Xp?Zp(0,r):e>Up?r<0?Wp:Dp:(e<=Bp?(e+=52,i=zp):i=1,Kp.assign(r,W0,1,0),t=W0[0],t&=xp,t|=e+kp<<20,i*jp(t,W0[1])))}Pu.exports=rm});var ye=u((nF,Lu)=>{"use strict";var em=Ru();Lu.exports=em});var bu=u((uF,Cu)=>{"use strict";function tm(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}Cu.exports=tm});var Hu=u((oF,Mu)=>{"use strict";var im=ye(),am=bu();function sm(r,e,t){var i,s,a,n;return i=r-e,s=i*i,a=i-s*am(s),n=1-(e-i*a/(2-a)-r),im(n,t)}Mu.exports=sm});var Uu=u((vF,ku)=>{"use strict";var nm=A(),Gu=Pr(),um=T(),$u=_(),om=Hu(),vm=.6931471803691238,fm=19082149292705877e-26,Du=1.4426950408889634,cm=709.782712893384,lm=-745.1332191019411,Wu=1/(1<<28),pm=-Wu;function mm(r){var e,t,i;return nm(r)||r===$u?r:r===um?0:r>cm?$u:r<lm?0:r>pm&&r<Wu?1+r:(r<0?i=Gu(Du*r-.5):i=Gu(Du*r+.5),e=r-i*vm,t=i*fm,om(e,t,i))}ku.exports=mm});var w=u((fF,Bu)=>{"use strict";var qm=Uu();Bu.exports=qm});var Vu=u((cF,Xu)=>{"use strict";var hm=F();function dm(r){return hm(r)===r}Xu.exports=dm});var _r=u((lF,Qu)=>{"use strict";var ym=Vu();Qu.exports=ym});var Yu=u((pF,Zu)=>{"use strict";var gm=_r();function Im(r){return gm(r/2)}Zu.exports=Im});var Ku=u((mF,Ju)=>{"use strict";var Am=Yu();Ju.exports=Am});var xu=u((qF,zu)=>{"use strict";var ju=Ku();function _m(r){return r>0?ju(r-1):ju(r+1)}zu.exports=_m});var ge=u((hF,ro)=>{"use strict";var Nm=xu();ro.exports=Nm});var to=u((dF,eo)=>{"use strict";var Sm=Ir(),k0;Sm===!0?k0=0:k0=1;eo.exports=k0});var ao=u((yF,io)=>{"use strict";var wm=gr(),Em=K(),Om=to(),U0=new Em(1),Fm=new wm(U0.buffer);function Tm(r,e){return U0[0]=r,Fm[Om]=e>>>0,U0[0]}io.exports=Tm});var Lr=u((gF,so)=>{"use strict";var Pm=ao();so.exports=Pm});var uo=u((IF,no)=>{"use strict";function Rm(r){return r|0}no.exports=Rm});var B0=u((AF,oo)=>{"use strict";var Lm=uo();oo.exports=Lm});var co=u((_F,fo)=>{"use strict";var vo=ge(),Cm=de(),bm=T(),Ie=_();function Mm(r,e){return e===bm?Ie:e===Ie?0:e>0?vo(e)?r:0:vo(e)?Cm(Ie,r):Ie}fo.exports=Mm});var po=u((NF,lo)=>{"use strict";var Hm=ur(),Gm=L(),$m=1072693247,Ae=1e300,_e=1e-300;function Dm(r,e){var t,i;return i=Gm(r),t=i&Hm,t<=$m?e<0?Ae*Ae:_e*_e:e>0?Ae*Ae:_e*_e}lo.exports=Dm});var ho=u((SF,qo)=>{"use strict";var Wm=N(),mo=_();function km(r,e){return r===-1?(r-r)/(r-r):r===1?1:Wm(r)<1==(e===mo)?0:mo}qo.exports=km});var X0=u((wF,yo)=>{"use strict";var Um=20;yo.exports=Um});var Io=u((EF,go)=>{"use strict";function Bm(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}go.exports=Bm});var So=u((OF,No)=>{"use strict";var Xm=L(),Ne=Lr(),Ao=Tr(),Vm=nr(),Qm=X0(),Zm=Io(),Ym=1048575,_o=1048576,Jm=1072693248,Km=536870912,jm=524288,zm=9007199254740992,xm=.9617966939259756,rq=.9617967009544373,eq=-7028461650952758e-24,tq=[1,1.5],iq=[0,.5849624872207642],aq=[0,1350039202129749e-23];function sq(r,e,t){var i,s,a,n,o,v,c,f,l,m,p,h,y,g,d,I,q,C,S,H,G,R;return H=0,t<_o&&(e*=zm,H-=53,t=Xm(e)),H+=(t>>Qm)-Vm|0,G=t&Ym|0,t=G|Jm|0,G<=235662?R=0:G<767610?R=1:(R=0,H+=1,t-=_o),e=Ao(e,t),f=tq[R],C=e-f,S=1/(e+f),s=C*S,n=Ne(s,0),i=(t>>1|Km)+jm,i+=R<<18,v=Ao(0,i),c=e-(v-f),o=S*(C-n*v-n*c),a=s*s,q=a*a*Zm(a),q+=o*(n+s),a=n*n,v=3+a+q,v=Ne(v,0),c=q-(v-3-a),C=n*v,S=o*v+c*s,m=C+S,m=Ne(m,0),p=S-(m-C),h=rq*m,y=eq*m+p*xm+aq[R],l=iq[R],I=H,g=h+y+l+I,g=Ne(g,0),d=y-(g-I-l-h),r[0]=g,r[1]=d,r}No.exports=sq});var Eo=u((FF,wo)=>{"use strict";function nq(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}wo.exports=nq});var Fo=u((TF,Oo)=>{"use strict";var uq=Lr(),oq=Eo(),vq=1.4426950408889634,fq=1.4426950216293335,cq=19259629911266175e-24;function lq(r,e){var t,i,s,a,n,o;return s=e-1,a=s*s*oq(s),n=fq*s,o=s*cq-a*vq,i=n+o,i=uq(i,0),t=o-(i-n),r[0]=i,r[1]=t,r}Oo.exports=lq});var Po=u((PF,To)=>{"use strict";var pq=.6931471805599453;To.exports=pq});var V0=u((RF,Ro)=>{"use strict";var mq=1048575;Ro.exports=mq});var Co=u((LF,Lo)=>{"use strict";function qq(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}Lo.exports=qq});var Wo=u((CF,Do)=>{"use strict";var hq=L(),bo=Tr(),dq=Lr(),yq=B0(),gq=ye(),Iq=Po(),Mo=nr(),Ho=ur(),Go=V0(),Yr=X0(),Aq=Co(),$o=1048576,_q=1071644672,Nq=.6931471824645996,Sq=-1904654299957768e-24;function wq(r,e,t){var i,s,a,n,o,v,c,f,l,m,p;return m=r&Ho|0,p=(m>>Yr)-Mo|0,l=0,m>_q&&(l=r+($o>>p+1)>>>0,p=((l&Ho)>>Yr)-Mo|0,i=(l&~(Go>>p))>>>0,a=bo(0,i),l=(l&Go|$o)>>Yr-p>>>0,r<0&&(l=-l),e-=a),a=t+e,a=dq(a,0),o=a*Nq,v=(t-(a-e))*Iq+a*Sq,f=o+v,c=v-(f-o),a=f*f,s=f-a*Aq(a),n=f*s/(s-2)-(c+f*c),f=1-(n-f),r=hq(f),r=yq(r),r+=l<<Yr>>>0,r>>Yr<=0?f=gq(f,l):f=bo(f,r),f}Do.exports=wq});var jo=u((bF,Ko)=>{"use strict";var ko=A(),Uo=ge(),Bo=Ar(),Eq=_r(),Xo=D(),Oq=N(),Q0=he(),Fq=Lr(),Vo=B0(),Tq=T(),Pq=_(),Z0=ur(),Rq=co(),Lq=po(),Cq=ho(),bq=So(),Mq=Fo(),Hq=Wo(),Gq=1072693247,$q=1105199104,Dq=1139802112,Qo=1083179008,Wq=1072693248,kq=1083231232,Uq=3230714880,Zo=31,or=1e300,vr=1e-300,Bq=8008566259537294e-32,z=[0,0],Yo=[0,0];function Jo(r,e){var t,i,s,a,n,o,v,c,f,l,m,p,h,y,g,d;if(ko(r)||ko(e))return NaN;if(Q0.assign(e,z,1,0),o=z[0],v=z[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return Xo(r);if(e===-.5)return 1/Xo(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(Bo(e))return Cq(r,e)}if(Q0.assign(r,z,1,0),a=z[0],n=z[1],n===0){if(a===0)return Rq(r,e);if(r===1)return 1;if(r===-1&&Uo(e))return-1;if(Bo(r))return r===Tq?Jo(-0,-e):e<0?0:Pq}if(r<0&&Eq(e)===!1)return(r-r)/(r-r);if(s=Oq(r),t=a&Z0|0,i=o&Z0|0,c=a>>>Zo|0,f=o>>>Zo|0,c&&Uo(e)?c=-1:c=1,i>$q){if(i>Dq)return Lq(r,e);if(t<Gq)return f===1?c*or*or:c*vr*vr;if(t>Wq)return f===0?c*or*or:c*vr*vr;h=Mq(Yo,s)}else h=bq(Yo,s,t);if(l=Fq(e,0),p=(e-l)*h[0]+e*h[1],m=l*h[0],y=p+m,Q0.assign(y,z,1,0),g=Vo(z[0]),d=Vo(z[1]),g>=Qo){if((g-Qo|d)!==0||p+Bq>y-m)return c*or*or}else if((g&Z0)>=kq&&((g-Uq|d)!==0||p<=y-m))return c*vr*vr;return y=Hq(g,m,p),c*y}Ko.exports=Jo});var O=u((MF,zo)=>{"use strict";var Xq=jo();zo.exports=Xq});var Nr=u((HF,xo)=>{"use strict";var Vq=2.718281828459045;xo.exports=Vq});var U=u((GF,r2)=>{"use strict";var Qq=2220446049250313e-31;r2.exports=Qq});var t2=u(($F,e2)=>{"use strict";function Zq(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}e2.exports=Zq});var s2=u((DF,a2)=>{"use strict";var i2=A(),Yq=j(),Jq=D(),Kq=N(),jq=w(),Y0=O(),zq=Nr(),J0=U(),K0=t2(),j0=10.900511;function xq(r,e){var t,i,s,a,n,o,v;return i2(r)||i2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<J0?(n=v/r,n/=e,n):v===r&&e<J0?1/e:v===e&&r<J0?1/r:(r<e&&(o=e,e=r,r=o),i=r+j0-.5,s=e+j0-.5,a=v+j0-.5,n=K0(r)*(K0(e)/K0(v)),t=r-.5-e,Kq(e*t)<a*100&&r>100?n*=jq(t*Yq(-e/a)):n*=Y0(i/a,t),a>1e10?n*=Y0(i/a*(s/a),e):n*=Y0(i*s/(a*a),e),n*=Jq(zq/s),n))}a2.exports=xq});var u2=u((WF,n2)=>{"use strict";var rh=s2();n2.exports=rh});var v2=u((kF,o2)=>{"use strict";var eh=_();function th(r){return r===0&&1/r===eh}o2.exports=th});var c2=u((UF,f2)=>{"use strict";var ih=v2();f2.exports=ih});var m2=u((BF,p2)=>{"use strict";var ah=c2(),l2=A(),z0=_();function sh(r,e){return l2(r)||l2(e)?NaN:r===z0||e===z0?z0:r===e&&r===0?ah(r)?r:e:r>e?r:e}p2.exports=sh});var x=u((XF,q2)=>{"use strict";var nh=m2();q2.exports=nh});var d2=u((VF,h2)=>{"use strict";var uh=T();function oh(r){return r===0&&1/r===uh}h2.exports=oh});var x0=u((QF,y2)=>{"use strict";var vh=d2();y2.exports=vh});var A2=u((ZF,I2)=>{"use strict";var fh=x0(),g2=A(),rt=T();function ch(r,e){return g2(r)||g2(e)?NaN:r===rt||e===rt?rt:r===e&&r===0?fh(r)?r:e:r<e?r:e}I2.exports=ch});var B=u((YF,_2)=>{"use strict";var lh=A2();_2.exports=lh});var Se=u((JF,N2)=>{"use strict";var ph=17976931348623157e292;N2.exports=ph});var et=u((KF,S2)=>{"use strict";var mh=2147483647;S2.exports=mh});var E2=u((jF,w2)=>{"use strict";var qh=1.5707963267948966;w2.exports=qh});var Cr=u((zF,O2)=>{"use strict";var hh=3.141592653589793;O2.exports=hh});var T2=u((xF,F2)=>{"use strict";function dh(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}F2.exports=dh});var R2=u((rT,P2)=>{"use strict";function yh(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}P2.exports=yh});var C2=u((eT,L2)=>{"use strict";var gh=T2(),Ih=R2();function Ah(r,e){var t,i,s,a;return a=r*r,s=a*a,i=a*gh(a),i+=s*s*Ih(a),t=.5*a,s=1-t,s+(1-s-t+(a*i-r*e))}L2.exports=Ah});var tt=u((tT,b2)=>{"use strict";var _h=C2();b2.exports=_h});var G2=u((iT,H2)=>{"use strict";var M2=-.16666666666666632,Nh=.00833333333332249,Sh=-.0001984126982985795,wh=27557313707070068e-22,Eh=-25050760253406863e-24,Oh=158969099521155e-24;function Fh(r,e){var t,i,s,a;return a=r*r,s=a*a,t=Nh+a*(Sh+a*wh)+a*s*(Eh+a*Oh),i=a*r,e===0?r+i*(M2+a*t):r-(a*(.5*e-i*t)-e-i*M2)}H2.exports=Fh});var it=u((aT,$2)=>{"use strict";var Th=G2();$2.exports=Th});var W2=u((sT,D2)=>{"use strict";var Ph=Ir(),at;Ph===!0?at=0:at=1;D2.exports=at});var B2=u((nT,U2)=>{"use strict";var Rh=gr(),Lh=K(),Ch=W2(),k2=new Lh(1),bh=new Rh(k2.buffer);function Mh(r){return k2[0]=r,bh[Ch]}U2.exports=Mh});var V2=u((uT,X2)=>{"use strict";var Hh=B2();X2.exports=Hh});var Z2=u((oT,Q2)=>{"use strict";function Gh(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}Q2.exports=Gh});var J2=u((vT,Y2)=>{"use strict";var $h=Z2();Y2.exports=$h});var j2=u((fT,K2)=>{"use strict";var Dh=J2();function Wh(r){return Dh(0,r)}K2.exports=Wh});var x2=u((cT,z2)=>{"use strict";var kh=j2();z2.exports=kh});var a3=u((lT,i3)=>{"use strict";var Uh=F(),we=ye(),Fe=x2(),e3=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],Bh=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],st=16777216,nt=5960464477539063e-23,Ee=Fe(20),r3=Fe(20),Oe=Fe(20),E=Fe(20);function t3(r,e,t,i,s,a,n,o,v){var c,f,l,m,p,h,y,g,d;for(m=a,d=i[t],g=t,p=0;g>0;p++)f=nt*d|0,E[p]=d-st*f|0,d=i[g-1]+f,g-=1;if(d=we(d,s),d-=8*Uh(d*.125),y=d|0,d-=y,l=0,s>0?(p=E[t-1]>>24-s,y+=p,E[t-1]-=p<<24-s,l=E[t-1]>>23-s):s===0?l=E[t-1]>>23:d>=.5&&(l=2),l>0){for(y+=1,c=0,p=0;p<t;p++)g=E[p],c===0?g!==0&&(c=1,E[p]=16777216-g):E[p]=16777215-g;if(s>0)switch(s){case 1:E[t-1]&=8388607;break;case 2:E[t-1]&=4194303;break}l===2&&(d=1-d,c!==0&&(d-=we(1,s)))}if(d===0){for(g=0,p=t-1;p>=a;p--)g|=E[p];if(g===0){for(h=1;E[a-h]===0;h++);for(p=t+1;p<=t+h;p++){for(v[o+p]=e3[n+p],f=0,g=0;g<=o;g++)f+=r[g]*v[o+(p-g)];i[p]=f}return t+=h,t3(r,e,t,i,s,a,n,o,v)}for(t-=1,s-=24;E[t]===0;)t-=1,s-=24}else d=we(d,-s),d>=st?(f=nt*d|0,E[t]=d-st*f|0,t+=1,s+=24,E[t]=f):E[t]=d|0;for(f=we(1,s),p=t;p>=0;p--)i[p]=f*E[p],f*=nt;for(p=t;p>=0;p--){for(f=0,h=0;h<=m&&h<=t-p;h++)f+=Bh[h]*i[p+h];Oe[t-p]=f}for(f=0,p=t;p>=0;p--)f+=Oe[p];for(l===0?e[0]=f:e[0]=-f,f=Oe[0]-f,p=1;p<=t;p++)f+=Oe[p];return l===0?e[1]=f:e[1]=-f,y&7}function Xh(r,e,t,i){var s,a,n,o,v,c,f,l,m;for(a=4,o=i-1,n=(t-3)/24|0,n<0&&(n=0),c=t-24*(n+1),l=n-o,m=o+a,f=0;f<=m;f++)l<0?Ee[f]=0:Ee[f]=e3[l],l+=1;for(f=0;f<=a;f++){for(s=0,l=0;l<=o;l++)s+=r[l]*Ee[o+(f-l)];r3[f]=s}return v=a,t3(r,e,v,r3,c,a,n,o,Ee)}i3.exports=Xh});var n3=u((pT,s3)=>{"use strict";var Vh=Math.round;s3.exports=Vh});var o3=u((mT,u3)=>{"use strict";var Qh=n3();u3.exports=Qh});var l3=u((qT,c3)=>{"use strict";var Zh=o3(),v3=L(),Yh=.6366197723675814,Jh=1.5707963267341256,Kh=6077100506506192e-26,jh=6077100506303966e-26,zh=20222662487959506e-37,xh=20222662487111665e-37,rd=84784276603689e-45,f3=2047;function ed(r,e,t){var i,s,a,n,o,v,c;return s=Zh(r*Yh),n=r-s*Jh,o=s*Kh,c=e>>20|0,t[0]=n-o,i=v3(t[0]),v=c-(i>>20&f3),v>16&&(a=n,o=s*jh,n=a-o,o=s*zh-(a-n-o),t[0]=n-o,i=v3(t[0]),v=c-(i>>20&f3),v>49&&(a=n,o=s*xh,n=a-o,o=s*rd-(a-n-o),t[0]=n-o)),t[1]=n-t[0]-o,s}c3.exports=ed});var m3=u((hT,p3)=>{"use strict";var td=ur(),id=Zr(),ad=V0(),sd=L(),nd=V2(),ud=Vr(),od=a3(),Te=l3(),vd=0,fd=16777216,fr=1.5707963267341256,Sr=6077100506506192e-26,Pe=2*Sr,Re=3*Sr,Le=4*Sr,cd=598523,ld=1072243195,pd=1073928572,md=1074752122,qd=1074977148,hd=1075183036,dd=1075388923,yd=1075594811,gd=1094263291,Jr=[0,0,0],Kr=[0,0];function Id(r,e){var t,i,s,a,n,o,v,c;if(s=sd(r)|0,a=s&td|0,a<=ld)return e[0]=r,e[1]=0,0;if(a<=md)return(a&ad)===cd?Te(r,a,e):a<=pd?s>0?(c=r-fr,e[0]=c-Sr,e[1]=c-e[0]-Sr,1):(c=r+fr,e[0]=c+Sr,e[1]=c-e[0]+Sr,-1):s>0?(c=r-2*fr,e[0]=c-Pe,e[1]=c-e[0]-Pe,2):(c=r+2*fr,e[0]=c+Pe,e[1]=c-e[0]+Pe,-2);if(a<=yd)return a<=hd?a===qd?Te(r,a,e):s>0?(c=r-3*fr,e[0]=c-Re,e[1]=c-e[0]-Re,3):(c=r+3*fr,e[0]=c+Re,e[1]=c-e[0]+Re,-3):a===dd?Te(r,a,e):s>0?(c=r-4*fr,e[0]=c-Le,e[1]=c-e[0]-Le,4):(c=r+4*fr,e[0]=c+Le,e[1]=c-e[0]+Le,-4);if(a<gd)return Te(r,a,e);if(a>=id)return e[0]=NaN,e[1]=NaN,0;for(t=nd(r),i=(a>>20)-1046,c=ud(a-(i<<20|0),t),o=0;o<2;o++)Jr[o]=c|0,c=(c-Jr[o])*fd;for(Jr[2]=c,n=3;Jr[n-1]===vd;)n-=1;return v=od(Jr,Kr,i,n,1),s<0?(e[0]=-Kr[0],e[1]=-Kr[1],-v):(e[0]=Kr[0],e[1]=Kr[1],v)}p3.exports=Id});var ut=u((dT,q3)=>{"use strict";var Ad=m3();q3.exports=Ad});var y3=u((yT,d3)=>{"use strict";var _d=ur(),Nd=Zr(),Sd=L(),h3=tt(),ot=it(),wd=ut(),Ed=1072243195,Od=1045430272,rr=[0,0];function Fd(r){var e,t;if(e=Sd(r),e&=_d,e<=Ed)return e<Od?r:ot(r,0);if(e>=Nd)return NaN;switch(t=wd(r,rr),t&3){case 0:return ot(rr[0],rr[1]);case 1:return h3(rr[0],rr[1]);case 2:return-ot(rr[0],rr[1]);default:return-h3(rr[0],rr[1])}}d3.exports=Fd});var vt=u((gT,g3)=>{"use strict";var Td=y3();g3.exports=Td});var ft=u((IT,I3)=>{"use strict";var Pd=2.5066282746310007;I3.exports=Pd});var _3=u((AT,A3)=>{"use strict";function Rd(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}A3.exports=Rd});var w3=u((_T,S3)=>{"use strict";var Ld=ft(),N3=O(),Cd=w(),bd=_3(),Md=143.01608;function Hd(r){var e,t,i;return e=1/r,e=1+e*bd(e),t=Cd(r),r>Md?(i=N3(r,.5*r-.25),t=i*(i/t)):t=N3(r,r-.5)/t,Ld*t*e}S3.exports=Hd});var O3=u((NT,E3)=>{"use strict";var Gd=.5772156649015329;E3.exports=Gd});var T3=u((ST,F3)=>{"use strict";var $d=O3();function Dd(r,e){return e/((1+$d*r)*r)}F3.exports=Dd});var R3=u((wT,P3)=>{"use strict";function Wd(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}P3.exports=Wd});var D3=u((ET,$3)=>{"use strict";var kd=A(),Ud=_r(),Bd=x0(),L3=N(),Xd=F(),Vd=vt(),C3=_(),b3=T(),M3=Cr(),H3=w3(),G3=T3(),Qd=R3();function Zd(r){var e,t,i,s;if(Ud(r)&&r<0||r===b3||kd(r))return NaN;if(r===0)return Bd(r)?b3:C3;if(r>171.61447887182297)return C3;if(r<-170.5674972726612)return 0;if(t=L3(r),t>33)return r>=0?H3(r):(i=Xd(t),(i&1)===0?e=-1:e=1,s=t-i,s>.5&&(i+=1,s=t-i),s=t*Vd(M3*s),e*M3/(L3(s)*H3(t)));for(s=1;r>=3;)r-=1,s*=r;for(;r<0;){if(r>-1e-9)return G3(r,s);s/=r,r+=1}for(;r<2;){if(r<1e-9)return G3(r,s);s/=r,r+=1}return r===2?s:(r-=2,s*Qd(r))}$3.exports=Zd});var cr=u((OT,W3)=>{"use strict";var Yd=D3();W3.exports=Yd});var jr=u((FT,k3)=>{"use strict";var Jd=170;k3.exports=Jd});var U3=u((TT,Kd)=>{Kd.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var X3=u((PT,B3)=>{"use strict";var jd=A(),zd=_r(),xd=cr(),ry=_(),ey=jr(),ty=U3();function iy(r){return jd(r)?NaN:zd(r)?r<0?NaN:r<=ey?ty[r]:ry:xd(r+1)}B3.exports=iy});var ct=u((RT,V3)=>{"use strict";var ay=X3();V3.exports=ay});var Z3=u((LT,Q3)=>{"use strict";function sy(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}Q3.exports=sy});var J3=u((CT,Y3)=>{"use strict";var ny=Z3();Y3.exports=ny});var j3=u((bT,K3)=>{"use strict";var uy=J3();K3.exports=uy});var br=u((MT,z3)=>{"use strict";var oy=10.900511;z3.exports=oy});var u6=u((HT,n6)=>{"use strict";var x3=j3(),vy=cr(),fy=j(),r6=N(),e6=w(),t6=O(),i6=U(),cy=Nr(),ly=br(),a6=jr(),py=4269068009004705e289;function s6(r,e){var t,i,s;return r<i6?e>=a6?(i=s6(e,a6-e),i*=r,i*=py,1/i):1/(r*vy(r+e)):(s=r+ly-.5,r+e===r?r6(e/s)<i6?t=e6(-e):t=1:(r6(e)<10?t=e6((.5-r)*fy(e/s)):t=t6(s/(s+e),r-.5),t*=x3(r)/x3(r+e)),t*=t6(cy/(s+e),e),t)}n6.exports=s6});var p6=u((GT,l6)=>{"use strict";var my=N(),o6=F(),v6=cr(),f6=ct(),c6=jr(),qy=u6();function hy(r,e){var t,i,s;if(r<=0||r+e<=0)return v6(r)/v6(r+e);if(i=o6(e),i===e){if(s=o6(r),s===r&&r<=c6&&r+e<=c6)return f6(s-1)/f6(i+s-1);if(my(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return qy(r,e)}l6.exports=hy});var q6=u(($T,m6)=>{"use strict";var dy=p6();m6.exports=dy});var d6=u((DT,h6)=>{"use strict";function yy(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}h6.exports=yy});var g6=u((WT,y6)=>{"use strict";function gy(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}y6.exports=gy});var N6=u((kT,_6)=>{"use strict";var I6=L(),Iy=Tr(),Ay=A(),_y=nr(),Ny=T(),Sy=d6(),wy=g6(),Ce=.6931471803691238,be=19082149292705877e-26,Ey=0x40000000000000,Oy=.3333333333333333,A6=1048575,Fy=2146435072,Ty=1048576,Py=1072693248;function Ry(r){var e,t,i,s,a,n,o,v,c,f,l,m;return r===0?Ny:Ay(r)||r<0?NaN:(t=I6(r),a=0,t<Ty&&(a-=54,r*=Ey,t=I6(r)),t>=Fy?r+r:(a+=(t>>20)-_y|0,t&=A6,v=t+614244&1048576|0,r=Iy(r,t|v^Py),a+=v>>20|0,o=r-1,(A6&2+t)<3?o===0?a===0?0:a*Ce+a*be:(n=o*o*(.5-Oy*o),a===0?o-n:a*Ce-(n-a*be-o)):(f=o/(2+o),m=f*f,v=t-398458|0,l=m*m,c=440401-t|0,s=l*Sy(l),i=m*wy(l),v|=c,n=i+s,v>0?(e=.5*o*o,a===0?o-(e-f*(e+n)):a*Ce-(e-(f*(e+n)+a*be)-o)):a===0?o-f*(o-n):a*Ce-(f*(o-n)-a*be-o))))}_6.exports=Ry});var P=u((UT,S6)=>{"use strict";var Ly=N6();S6.exports=Ly});var O6=u((BT,E6)=>{"use strict";var Cy=L(),lt=tt(),w6=it(),by=ut(),My=ur(),Hy=Zr(),er=[0,0],Gy=1072243195,$y=1044381696;function Dy(r){var e,t;if(e=Cy(r),e&=My,e<=Gy)return e<$y?1:lt(r,0);if(e>=Hy)return NaN;switch(t=by(r,er),t&3){case 0:return lt(er[0],er[1]);case 1:return-w6(er[0],er[1]);case 2:return-lt(er[0],er[1]);default:return w6(er[0],er[1])}}E6.exports=Dy});var T6=u((XT,F6)=>{"use strict";var Wy=O6();F6.exports=Wy});var L6=u((VT,R6)=>{"use strict";var ky=A(),Uy=Ar(),P6=T6(),pt=vt(),By=N(),zr=de(),xr=Cr();function Xy(r){var e,t;return ky(r)?NaN:Uy(r)?NaN:(t=r%2,e=By(t),e===0||e===1?zr(0,t):e<.25?pt(xr*t):e<.75?(e=.5-e,zr(P6(xr*e),t)):e<1.25?(t=zr(1,t)-t,pt(xr*t)):e<1.75?(e-=1.5,-zr(P6(xr*e),t)):(t-=zr(2,t),pt(xr*t)))}R6.exports=Xy});var b6=u((QT,C6)=>{"use strict";var Vy=L6();C6.exports=Vy});var H6=u((ZT,M6)=>{"use strict";function Qy(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}M6.exports=Qy});var $6=u((YT,G6)=>{"use strict";function Zy(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}G6.exports=Zy});var W6=u((JT,D6)=>{"use strict";function Yy(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}D6.exports=Yy});var U6=u((KT,k6)=>{"use strict";function Jy(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}k6.exports=Jy});var X6=u((jT,B6)=>{"use strict";function Ky(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}B6.exports=Ky});var Q6=u((zT,V6)=>{"use strict";function jy(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}V6.exports=jy});var Y6=u((xT,Z6)=>{"use strict";function zy(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}Z6.exports=zy});var K6=u((rP,J6)=>{"use strict";function xy(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}J6.exports=xy});var z6=u((eP,j6)=>{"use strict";function rg(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}j6.exports=rg});var r4=u((tP,x6)=>{"use strict";function eg(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}x6.exports=eg});var i4=u((iP,t4)=>{"use strict";var tg=A(),ig=Ar(),ag=N(),Mr=P(),sg=Pr(),ng=b6(),ug=Cr(),mt=_(),og=H6(),vg=$6(),fg=W6(),cg=U6(),lg=X6(),pg=Q6(),mg=Y6(),qg=K6(),hg=z6(),dg=r4(),yg=.07721566490153287,gg=.3224670334241136,Ig=1,Ag=-.07721566490153287,_g=.48383612272381005,Ng=-.1475877229945939,Sg=.06462494023913339,wg=-.07721566490153287,Eg=1,Og=.4189385332046727,Me=1.4616321449683622,Fg=4503599627370496,Tg=72057594037927940,Pg=13877787807814457e-33,e4=1.4616321449683622,Rg=-.12148629053584961,Lg=-3638676997039505e-33;function Cg(r){var e,t,i,s,a,n,o,v,c,f,l,m,p;if(tg(r)||ig(r))return r;if(r===0)return mt;if(r<0?(e=!0,r=-r):e=!1,r<Pg)return-Mr(r);if(e){if(r>=Fg||(c=ng(r),c===0))return mt;t=Mr(ug/ag(c*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-Mr(r),r>=Me-1+.27?(l=1-r,i=0):r>=Me-1-.27?(l=r-(e4-1),i=1):(l=r,i=2)):(p=0,r>=Me+.27?(l=2-r,i=0):r>=Me-.27?(l=r-e4,i=1):(l=r-1,i=2)),i){case 0:m=l*l,n=yg+m*og(m),a=m*(gg+m*vg(m)),o=l*n+a,p+=o-.5*l;break;case 1:m=l*l,f=m*l,n=_g+f*lg(f),a=Ng+f*pg(f),s=Sg+f*mg(f),o=m*n-(Lg-f*(a+l*s)),p+=Rg+o;break;case 2:n=l*(wg+l*qg(l)),a=Eg+l*hg(l),p+=-.5*l+n/a;break}else if(r<8)switch(i=sg(r),l=r-i,o=l*(Ag+l*cg(l)),v=Ig+l*fg(l),p=.5*l+o/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=Mr(m)}else r<Tg?(c=Mr(r),m=1/r,l=m*m,f=Og+m*dg(l),p=(r-.5)*(c-1)+f):p=r*(Mr(r)-1);return e&&(p=t-p),p}t4.exports=Cg});var re=u((aP,a4)=>{"use strict";var bg=i4();a4.exports=bg});var tr=u((sP,s4)=>{"use strict";var Mg=709.782712893384;s4.exports=Mg});var u4=u((nP,n4)=>{"use strict";var Hg=14901161193847656e-24;n4.exports=Hg});var v4=u((uP,o4)=>{"use strict";var Gg=eval;o4.exports=Gg});var c4=u((oP,f4)=>{"use strict";var $g=v4();function Dg(){var r;try{$g('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}f4.exports=Dg});var qt=u((vP,l4)=>{"use strict";var Wg=c4();l4.exports=Wg});var m4=u((fP,p4)=>{"use strict";var He=N(),kg=U(),Ug=1e6;function Bg(r,e){var t,i,s,a,n,o;if(o={},arguments.length>1&&(o=e),i=o.tolerance||kg,a=o.maxTerms||Ug,n=o.initialValue||0,t=typeof r.next=="function",t===!0){for(s of r)if(n+=s,He(i*n)>=He(s)||--a===0)break}else do s=r(),n+=s;while(He(i*n)<He(s)&&--a);return n}p4.exports=Bg});var d4=u((cP,h4)=>{"use strict";var q4=N(),Xg=U(),Vg=1e6;function Qg(r,e){var t,i,s,a,n;n={},arguments.length>1&&(n=e),t=n.tolerance||Xg,s=n.maxTerms||Vg,a=n.initialValue||0;do i=r(),a+=i;while(q4(t*a)<q4(i)&&--s);return a}h4.exports=Qg});var Hr=u((lP,y4)=>{"use strict";var Zg=qt(),Yg=m4(),Jg=d4(),ht;Zg()?ht=Yg:ht=Jg;y4.exports=ht});var I4=u((pP,g4)=>{"use strict";function Kg(r,e){var t=1,i=r,s=e;return a;function a(){var n=t;return t*=i/s,i-=1,n}}g4.exports=Kg});var _4=u((mP,A4)=>{"use strict";var jg=Hr(),zg=I4();function xg(r,e){var t,i;return i=zg(r,e),t=jg(i),t}A4.exports=xg});var S4=u((qP,N4)=>{"use strict";var rI=w();function eI(r,e){var t,i,s,a;if(s=rI(-e),i=s,i!==0)for(t=i,a=1;a<r;++a)t/=a,t*=e,i+=t;return i}N4.exports=eI});var E4=u((hP,w4)=>{"use strict";function tI(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}w4.exports=tI});var F4=u((dP,O4)=>{"use strict";function iI(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}O4.exports=iI});var P4=u((yP,T4)=>{"use strict";function aI(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}T4.exports=aI});var L4=u((gP,R4)=>{"use strict";function sI(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}R4.exports=sI});var b4=u((IP,C4)=>{"use strict";function nI(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}C4.exports=nI});var H4=u((AP,M4)=>{"use strict";function uI(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}M4.exports=uI});var $4=u((_P,G4)=>{"use strict";function oI(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}G4.exports=oI});var W4=u((NP,D4)=>{"use strict";function vI(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}D4.exports=vI});var X4=u((SP,B4)=>{"use strict";var fI=A(),k4=w(),cI=Lr(),lI=_(),pI=T(),mI=E4(),qI=F4(),hI=P4(),dI=L4(),yI=b4(),gI=H4(),II=$4(),AI=W4(),Ge=1e-300,_I=13877787807814457e-33,U4=.8450629115104675,NI=.12837916709551256,SI=1,wI=-.0023621185607526594,EI=1,OI=-.009864944034847148,FI=1,TI=-.0098649429247001,PI=1;function RI(r){var e,t,i,s,a,n,o,v;if(fI(r))return NaN;if(r===lI)return 0;if(r===pI)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<_I?1-r:(i=r*r,s=NI+i*mI(i),a=SI+i*qI(i),n=s/a,r<.25?1-(r+r*n):(s=r*n,s+=r-.5,.5-s));if(t<1.25)return a=t-1,o=wI+a*hI(a),v=EI+a*dI(a),e?1+U4+o/v:1-U4-o/v;if(t<28){if(a=1/(t*t),t<2.857142857142857)s=OI+a*yI(a),a=FI+a*gI(a);else{if(r<-6)return 2-Ge;s=TI+a*II(a),a=PI+a*AI(a)}return i=cI(t,0),s=k4(-(i*i)-.5625)*k4((i-t)*(i+t)+s/a),e?2-s/t:s/t}return e?2-Ge:Ge*Ge}B4.exports=RI});var dt=u((wP,V4)=>{"use strict";var LI=X4();V4.exports=LI});var Y4=u((EP,Z4)=>{"use strict";var CI=dt(),Q4=D(),bI=w(),MI=Cr();function HI(r,e){var t,i,s,a,n;if(a=CI(Q4(e)),a!==0&&r>1){for(i=bI(-e)/Q4(MI*e),i*=e,t=.5,i/=t,s=i,n=2;n<r;++n)i/=n-t,i*=e,s+=i;a+=s}return a}Z4.exports=HI});var wr=u((OP,J4)=>{"use strict";var GI=-708.3964185322641;J4.exports=GI});var x4=u((FP,z4)=>{"use strict";var Gr=w(),$e=O(),$I=P(),K4=tr(),j4=wr();function DI(r,e){var t,i;return i=r*$I(e),e>=1?i<K4&&-e>j4?t=$e(e,r)*Gr(-e):r>=1?t=$e(e/Gr(e/r),r):t=Gr(i-e):i>j4?t=$e(e,r)*Gr(-e):e/r<K4?t=$e(e/Gr(e/r),r):t=Gr(i-e),t}z4.exports=DI});var yt=u((TP,rv)=>{"use strict";function WI(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}rv.exports=WI});var tv=u((PP,ev)=>{"use strict";var kI=Function;ev.exports=kI});var av=u((RP,iv)=>{"use strict";var UI=tv();iv.exports=UI});var nv=u((LP,sv)=>{"use strict";var BI=av(),XI=yt();function VI(r){var e,t,i,s;if(r.length>500)return a;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,s=1;s<t;s++)e+="+x*",s<i&&(e+="("),e+=r[s];for(s=0;s<i-1;s++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new BI(e)();function a(n){return XI(r,n)}}sv.exports=VI});var vv=u((CP,ov)=>{"use strict";var QI=sr(),uv=yt(),ZI=nv();QI(uv,"factory",ZI);ov.exports=uv});var cv=u((bP,fv)=>{"use strict";function YI(r){var e=-r,t=-1,i=0;return s;function s(){return t*=e,i+=1,t/i}}fv.exports=YI});var pv=u((MP,lv)=>{"use strict";var JI=N(),KI=P(),jI=U(),zI=Hr(),xI=cv();function rA(r){var e,t;return r<=-1?NaN:(t=JI(r),t>.95?KI(1+r)-r:t<jI?-r*r/2:(e={initialValue:-r},zI(xI(r),e)))}lv.exports=rA});var gt=u((HP,mv)=>{"use strict";var eA=pv();mv.exports=eA});var hv=u((GP,qv)=>{"use strict";var tA=6.283185307179586;qv.exports=tA});var yv=u(($P,dv)=>{"use strict";function iA(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}dv.exports=iA});var Iv=u((DP,gv)=>{"use strict";function aA(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}gv.exports=aA});var _v=u((WP,Av)=>{"use strict";function sA(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}Av.exports=sA});var Sv=u((kP,Nv)=>{"use strict";function nA(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}Nv.exports=nA});var Ev=u((UP,wv)=>{"use strict";function uA(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}wv.exports=uA});var Fv=u((BP,Ov)=>{"use strict";function oA(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}Ov.exports=oA});var Pv=u((XP,Tv)=>{"use strict";function vA(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}Tv.exports=vA});var Lv=u((VP,Rv)=>{"use strict";function fA(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}Rv.exports=fA});var bv=u((QP,Cv)=>{"use strict";function cA(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}Cv.exports=cA});var Hv=u((ZP,Mv)=>{"use strict";var lA=vv(),pA=gt(),mA=dt(),It=D(),qA=w(),hA=hv(),dA=yv(),yA=Iv(),gA=_v(),IA=Sv(),AA=Ev(),_A=Fv(),NA=Pv(),SA=Lv(),wA=bv(),W=[0,0,0,0,0,0,0,0,0,0];function EA(r,e){var t,i,s,a,n;return i=(e-r)/r,s=-pA(i),a=r*s,n=It(2*s),e<r&&(n=-n),W[0]=dA(n),W[1]=yA(n),W[2]=gA(n),W[3]=IA(n),W[4]=AA(n),W[5]=_A(n),W[6]=NA(n),W[7]=SA(n),W[8]=wA(n),W[9]=-.0005967612901927463,t=lA(W,1/r),t*=qA(-a)/It(hA*r),e<r&&(t=-t),t+=mA(It(a))/2,t}Mv.exports=EA});var $v=u((YP,Gv)=>{"use strict";function OA(r,e){var t=1,i=r,s=e;return a;function a(){var n=t;return i+=1,t*=s/i,n}}Gv.exports=OA});var At=u((JP,Dv)=>{"use strict";var FA=Hr(),TA=$v();function PA(r,e,t){var i,s;return t=t||0,s=TA(r,e),i=FA(s,{initialValue:t}),i}Dv.exports=PA});var kv=u((KP,Wv)=>{"use strict";function RA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}Wv.exports=RA});var Bv=u((jP,Uv)=>{"use strict";var LA=kv();Uv.exports=LA});var ee=u((zP,Xv)=>{"use strict";var CA=Bv();Xv.exports=CA});var Zv=u((xP,Qv)=>{"use strict";var bA=ee(),MA=re(),HA=cr(),GA=gt(),$A=D(),DA=N(),lr=w(),te=O(),_t=x(),Nt=B(),Vv=P(),WA=Se(),De=tr(),ie=wr(),St=br(),kA=Nr();function UA(r,e){var t,i,s,a,n,o,v;return s=r+St-.5,v=(e-r-St+.5)/s,r<1?e<=ie||r<1/WA?lr(r*Vv(e)-e-MA(r)):te(e,r)*lr(-e)/HA(r):(DA(v*v*r)<=100&&r>150?(t=r*GA(v)+e*(.5-St)/s,t=lr(t)):(a=r*Vv(e/s),n=r-e,Nt(a,n)<=ie||_t(a,n)>=De?(i=n/r,Nt(a,n)/2>ie&&_t(a,n)/2<De?(o=te(e/s,r/2)*lr(n/2),t=o*o):Nt(a,n)/4>ie&&_t(a,n)/4<De&&e>r?(o=te(e/s,r/4)*lr(n/4),t=o*o,t*=t):i>ie&&i<De?t=te(e*lr(i)/s,r):t=lr(a+n)):t=te(e/s,r)*lr(n)),t*=$A(s/kA)/bA(r),t)}Qv.exports=UA});var Kv=u((rR,Jv)=>{"use strict";var wt=A(),BA=Ar(),Yv=N(),XA=Qr(),VA=P(),QA=O(),ZA=Pr();function YA(r,e){var t,i;if(wt(r)||wt(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((Yv(e*(r-1))<.5||Yv(e)<.2)&&(i=VA(r)*e,i<.5))return XA(i)}else if(ZA(e)!==e)return NaN;return t=QA(r,e)-1,BA(t)||wt(t)?NaN:t}Jv.exports=YA});var zv=u((eR,jv)=>{"use strict";var JA=Kv();jv.exports=JA});var r5=u((tR,xv)=>{"use strict";function KA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}xv.exports=KA});var t5=u((iR,e5)=>{"use strict";function jA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}e5.exports=jA});var a5=u((aR,i5)=>{"use strict";function zA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}i5.exports=zA});var n5=u((sR,s5)=>{"use strict";var Et=P(),xA=U(),r_=r5(),e_=t5(),t_=a5(),i_=.15896368026733398,a_=.5281534194946289,s_=.45201730728149414;function n_(r,e,t){var i,s,a,n;if(r<xA)return-Et(r);if(e===0||t===0)return 0;if(s=0,r>2){if(r>=3){do r-=1,t-=1,s+=Et(r);while(r>=3);t=r-2}return a=t*(r+1),n=r_(t),s+=a*i_+a*n,s}return r<1&&(s+=-Et(r),t=e,e=r,r+=1),r<=1.5?(a=e_(e),i=e*t,s+=i*a_+i*a,s):(a=t*e,n=t_(-t),s+=a*s_+a*n,s)}s5.exports=n_});var c5=u((nR,f5)=>{"use strict";var u5=cr(),o5=Qr(),u_=j(),o_=A(),v5=n5();function v_(r){return o_(r)?NaN:r<0?r<-.5?u5(1+r)-1:o5(-u_(r)+v5(r+2,r+1,r)):r<2?o5(v5(r+1,r,r-1)):u5(1+r)-1}f5.exports=v_});var p5=u((uR,l5)=>{"use strict";var f_=c5();l5.exports=f_});var q5=u((oR,m5)=>{"use strict";function c_(r,e){var t,i,s,a;return t=-e,e=-e,i=r+1,s=1,n;function n(){return a=t/i,t*=e,s+=1,t/=s,i+=1,a}}m5.exports=c_});var d5=u((vR,h5)=>{"use strict";var l_=zv(),p_=Hr(),m_=p5(),q_=q5();function h_(r,e,t){var i,s,a,n,o;return s=m_(r),a=(s+1)/r,n=l_(e,r),s-=n,s/=r,o=q_(r,e),n+=1,i=t?a:0,s=-n*p_(o,{initialValue:(i-s)/n}),t&&(s=-s),[s,a]}h5.exports=h_});var Ot=u((fR,y5)=>{"use strict";var d_=11754943508222875e-54;y5.exports=d_});var I5=u((cR,g5)=>{"use strict";var We=N(),X=Ot(),y_=U(),g_=1e6;function I_(r,e,t){var i,s,a,n,o,v,c;if(i=typeof r.next=="function",c=i?r.next().value:r(),n=c[1],a=c[0],n===0&&(n=X),o=n,v=0,i===!0)do c=r.next().value,c&&(v=c[1]+c[0]*v,v===0&&(v=X),o=c[1]+c[0]/o,o===0&&(o=X),v=1/v,s=o*v,n*=s);while(We(s-1)>e&&--t);else do c=r(),c&&(v=c[1]+c[0]*v,v===0&&(v=X),o=c[1]+c[0]/o,o===0&&(o=X),v=1/v,s=o*v,n*=s);while(c&&We(s-1)>e&&--t);return a/n}function A_(r,e,t){var i,s,a,n,o,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),a=v[1],a===0&&(a=X),n=a,o=0,i===!0)do v=r.next().value,v&&(o=v[1]+v[0]*o,o===0&&(o=X),n=v[1]+v[0]/n,n===0&&(n=X),o=1/o,s=n*o,a*=s);while(v&&We(s-1)>e&&--t);else do v=r(),v&&(o=v[1]+v[0]*o,o===0&&(o=X),n=v[1]+v[0]/n,n===0&&(n=X),o=1/o,s=n*o,a*=s);while(v&&We(s-1)>e&&--t);return a}function __(r,e){var t,i,s;return i={},arguments.length>1&&(i=e),t=i.maxIter||g_,s=i.tolerance||y_,i.keep?A_(r,s,t):I_(r,s,t)}g5.exports=__});var N5=u((lR,_5)=>{"use strict";var A5=N(),N_=U(),$r=Ot(),S_=1e6;function w_(r,e,t){var i,s,a,n,o,v;v=r(),o=v[1],s=v[0],o===0&&(o=$r),a=o,n=0;do v=r(),v&&(n=v[1]+v[0]*n,n===0&&(n=$r),a=v[1]+v[0]/a,a===0&&(a=$r),n=1/n,i=a*n,o*=i);while(v&&A5(i-1)>e&&--t);return s/o}function E_(r,e,t){var i,s,a,n,o;o=r(),n=o[1],n===0&&(n=$r),s=n,a=0;do o=r(),o&&(a=o[1]+o[0]*a,a===0&&(a=$r),s=o[1]+o[0]/s,s===0&&(s=$r),a=1/a,i=s*a,n*=i);while(o&&A5(i-1)>e&&--t);return n}function O_(r,e){var t,i,s;return i={},arguments.length>1&&(i=e),s=i.tolerance||N_,t=i.maxIter||S_,i.keep?E_(r,s,t):w_(r,s,t)}_5.exports=O_});var Tt=u((pR,S5)=>{"use strict";var F_=qt(),T_=I5(),P_=N5(),Ft;F_()?Ft=T_:Ft=P_;S5.exports=Ft});var E5=u((mR,w5)=>{"use strict";function R_(r,e){var t=e-r+1,i=r,s=0;return a;function a(){return s+=1,t+=2,[s*(i-s),t]}}w5.exports=R_});var Pt=u((qR,O5)=>{"use strict";var L_=Tt(),C_=E5();function b_(r,e){var t=C_(r,e);return 1/(e-r+1+L_(t))}O5.exports=b_});var R5=u((hR,P5)=>{"use strict";var M_=F(),ae=cr(),Rt=N(),F5=O(),H_=P(),G_=u4(),T5=Se(),$_=tr(),D_=_4(),W_=S4(),k_=Y4(),Lt=x4(),U_=Hv(),B_=At(),Ct=Zv(),X_=d5(),V_=Pt();function Q_(r,e,t,i){var s,a,n,o,v,c,f,l,m,p,h,y,g,d;switch(f=0,l=i,c=e<30&&e<=r+1&&r<$_,c?(g=M_(e),m=g===e,n=m?!1:Rt(g-e)===.5):(m=!1,n=!1),m&&r>.6?(l=!l,a=0):n&&r>.2?(l=!l,a=1):r<G_&&e>1?a=6:r>1e3&&(e<r||Rt(e-50)/r<1)?(l=!l,a=7):r<.5?-.4/H_(r)<e?a=2:a=3:r<1.1?r*.75<e?a=2:a=3:(v=!1,t&&e>20&&(p=Rt((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?a=5:r-1/(3*r)<e?a=2:(a=4,l=!l)),a){case 0:f=W_(e,r),t===!1&&(f*=ae(e));break;case 1:f=k_(e,r),t===!1&&(f*=ae(e));break;case 2:f=t?Ct(e,r):Lt(e,r),f!==0&&(o=0,s=!1,l&&(o=t?1:ae(e),t||f>=1||T5*f>o?(o/=f,t||e<1||T5/e>o?(o*=-e,s=!0):o=0):o=0),f*=B_(e,r,o)/e,s&&(l=!1,f=-f));break;case 3:l=!l,h=X_(e,r,l),f=h[0],d=h[1],l=!1,t&&(f/=d);break;case 4:f=t?Ct(e,r):Lt(e,r),f!==0&&(f*=V_(e,r));break;case 5:f=U_(e,r),r>=e&&(l=!l);break;case 6:f=t?F5(r,e)/ae(e+1):F5(r,e)/e,f*=1-e*r/(e+1);break;case 7:f=t?Ct(e,r):Lt(e,r),f/=r,f!==0&&(f*=D_(e,r));break}return t&&f>1&&(f=1),l&&(y=t?1:ae(e),f=y-f),f}P5.exports=Q_});var M5=u((dR,b5)=>{"use strict";var Z_=re(),Y_=w(),V=P(),J_=ft(),K_=tr(),j_=_(),z_=jr(),L5=R5(),C5=At(),x_=Pt();function rN(r,e,t,i){var s,a,n,o;return r<0||e<=0?NaN:(s=t===void 0?!0:t,n=i,e>=z_&&!s?(n&&e*4<r?(o=e*V(r)-r,o+=V(x_(e,r))):!n&&e>4*r?(o=e*V(r)-r,a=0,o+=V(C5(e,r,a)/e)):(o=L5(r,e,!0,n),o===0?n?(o=1+1/(12*e)+1/(288*e*e),o=V(o)-e+(e-.5)*V(e),o+=V(J_)):(o=e*V(r)-r,a=0,o+=V(C5(e,r,a)/e)):o=V(o)+Z_(e)),o>K_?j_:Y_(o)):L5(r,e,s,n))}b5.exports=rN});var G5=u((yR,H5)=>{"use strict";var eN=M5();H5.exports=eN});var k5=u((gR,W5)=>{"use strict";var Dr=w(),ke=O(),tN=P(),$5=tr(),D5=wr();function iN(r,e){var t,i;return i=r*tN(e),e>=1?i<$5&&-e>D5?t=ke(e,r)*Dr(-e):r>=1?t=ke(e/Dr(e/r),r):t=Dr(i-e):i>D5?t=ke(e,r)*Dr(-e):e/r<$5?t=ke(e/Dr(e/r),r):t=Dr(i-e),t}W5.exports=iN});var X5=u((IR,B5)=>{"use strict";var aN=ee(),sN=re(),nN=cr(),uN=j(),oN=D(),vN=N(),pr=w(),se=O(),bt=x(),Mt=B(),U5=P(),Ue=tr(),ne=wr(),Ht=br(),fN=Nr();function cN(r,e){var t,i,s,a,n,o,v;return s=r+Ht-.5,v=(e-r-Ht+.5)/s,r<1?e<=ne?pr(r*U5(e)-e-sN(r)):se(e,r)*pr(-e)/nN(r):(vN(v*v*r)<=100&&r>150?(t=r*(uN(v)-v)+e*(.5-Ht)/s,t=pr(t)):(a=r*U5(e/s),n=r-e,Mt(a,n)<=ne||bt(a,n)>=Ue?(i=n/r,Mt(a,n)/2>ne&&bt(a,n)/2<Ue?(o=se(e/s,r/2)*pr(n/2),t=o*o):Mt(a,n)/4>ne&&bt(a,n)/4<Ue&&e>r?(o=se(e/s,r/4)*pr(n/4),t=o*o,t*=t):i>ne&&i<Ue?t=se(e*pr(i)/s,r):t=pr(a+n)):t=se(e/s,r)*pr(n)),t*=oN(s/fN)/aN(r),t)}B5.exports=cN});var J5=u((AR,Y5)=>{"use strict";var lN=q6(),V5=ct(),pN=G5(),mN=j(),Be=N(),Q5=O(),qN=P(),hN=Rr(),Z5=U(),dN=k5(),yN=X5(),mr=new Array(30);function gN(r,e,t,i,s,a,n){var o,v,c,f,l,m,p,h,y,g,d,I,q,C,S,H,G,R;if(m=e-1,G=r+m/2,i<.35?g=mN(-i):g=qN(t),R=-G*g,I=yN(e,R),I<=hN)return s;for(n?(o=I/lN(r,e),o/=Q5(G,e)):o=dN(e,R)/Q5(G,e),o*=a,mr[0]=1,q=pN(R,e,!0,!0),q/=I,f=s+o*q,c=1,p=g/2,p*=p,h=1,d=4*G*G,l=e,S=1;S<mr.length;++S){for(c+=2,mr[S]=0,y=e-S,v=3,C=1;C<S;++C)y=C*e-S,mr[S]+=y*mr[S-C]/V5(v),v+=2;if(mr[S]/=S,mr[S]+=m/V5(c),q=(l*(l+1)*q+(R+l+1)*h)/d,h*=p,l+=2,H=o*mr[S]*q,f+=H,H>1){if(Be(H)<Be(Z5*f))break}else if(Be(H/Z5)<Be(f))break}return f}Y5.exports=gN});var j5=u((_R,K5)=>{"use strict";function IN(r,e,t){var i,s;if(t===0)return 1;for(i=1,s=0;s<t;s++)i*=(r+s)/(e+s);return i}K5.exports=IN});var r9=u((NR,x5)=>{"use strict";var z5=N(),AN=x();function _N(r,e){return AN(z5(r),z5(e))}x5.exports=_N});var t9=u((SR,e9)=>{"use strict";var NN=r9();e9.exports=NN});var s9=u((wR,a9)=>{"use strict";var i9=N(),SN=B();function wN(r,e){return SN(i9(r),i9(e))}a9.exports=wN});var u9=u((ER,n9)=>{"use strict";var EN=s9();n9.exports=EN});var Ve=u((OR,f9)=>{"use strict";var Gt=ee(),ON=t9(),FN=u9(),o9=Qr(),qr=j(),v9=D(),Xe=N(),Q=w(),Z=O(),TN=B(),b=P(),Y=tr(),Wr=wr(),$t=br(),PN=Nr();function RN(r,e,t,i,s){var a,n,o,v,c,f,l,m,p,h,y,g,d,I;if(!s)return Z(t,r)*Z(i,e);if(d=r+e,v=r+$t-.5,c=e+$t-.5,f=d+$t-.5,a=Gt(d),a/=Gt(r)*Gt(e),a*=v9(c/PN),a*=v9(v/f),l=(t*e-i*v)/v,m=(i*r-t*c)/c,FN(l,m)<.2)if(l*m>0||TN(r,e)<1)Xe(l)<.1?a*=Q(r*qr(l)):a*=Z(t*f/v,r),Xe(m)<.1?a*=Q(e*qr(m)):a*=Z(i*f/c,e);else if(ON(l,m)<.5)n=r<e,o=e/r,n&&o*m<.1||!n&&l/o>.1?(p=o9(o*qr(m)),p=l+p+p*l,p=r*qr(p),a*=Q(p)):(p=o9(qr(l)/o),p=m+p+p*m,p=e*qr(p),a*=Q(p));else if(Xe(l)<Xe(m))if(I=r*qr(l)+e*b(i*f/c),I<=Wr||I>=Y){if(I+=b(a),I>=Y)return NaN;a=Q(I)}else a*=Q(I);else if(I=e*qr(m)+r*b(t*f/v),I<=Wr||I>=Y){if(I+=b(a),I>=Y)return NaN;a=Q(I)}else a*=Q(I);else if(y=t*f/v,g=i*f/c,l=r*b(y),m=e*b(g),l>=Y||l<=Wr||m>=Y||m<=Wr)if(r<e)if(h=Z(g,e/r),p=r*(b(y)+b(h)),p<Y&&p>Wr)a*=Z(h*y,r);else{if(m+=l+b(a),m>=Y)return NaN;a=Q(m)}else if(h=Z(y,r/e),p=(b(h)+b(g))*e,p<Y&&p>Wr)a*=Z(h*g,e);else{if(m+=l+b(a),m>=Y)return NaN;a=Q(m)}else a*=Z(y,r)*Z(g,e);return a}f9.exports=RN});var l9=u((FR,c9)=>{"use strict";var LN=Tt(),CN=Ve(),bN={keep:!0,maxIter:1e3};function MN(r,e,t,i){var s=0;return a;function a(){var n,o,v;return o=(r+s-1)*(r+e+s-1)*s*(e-s)*t*t,n=r+2*s-1,o/=n*n,v=s,v+=s*(e-s)*t/(r+2*s-1),v+=(r+s)*(r*i-e*t+1+s*(2-t))/(r+2*s+1),s+=1,[o,v]}}function HN(r,e,t,i,s,a){var n,o,v;return n=CN(r,e,t,i,s),a&&(a[1]=n),n===0?n:(v=MN(r,e,t,i),o=LN(v,bN),n/o)}c9.exports=HN});var m9=u((TR,p9)=>{"use strict";var GN=9007199254740991;p9.exports=GN});var h9=u((PR,q9)=>{"use strict";function $N(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}q9.exports=$N});var y9=u((RR,d9)=>{"use strict";function DN(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}d9.exports=DN});var w9=u((LR,S9)=>{"use strict";var g9=A(),I9=_r(),A9=_(),_9=T(),N9=et(),WN=h9(),kN=y9();function UN(r,e){return g9(r)||g9(e)?NaN:r===A9||e===A9||r===_9||e===_9?NaN:I9(r)&&I9(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=N9&&e<=N9?WN(r,e):kN(r,e)):NaN}S9.exports=UN});var O9=u((CR,E9)=>{"use strict";var BN=w9();E9.exports=BN});var R9=u((bR,P9)=>{"use strict";var XN=m9(),VN=_(),F9=_r(),T9=A(),QN=ge(),ZN=F(),YN=O9();function Dt(r,e){var t,i,s,a,n,o,v;if(T9(r)||T9(e))return NaN;if(!F9(r)||!F9(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,QN(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=ZN(XN/r),t=1,n=1;n<=e&&!(t>v);n++)t*=r,t/=n,r-=1;return n>e?i*t:(s=Dt(r,e-n+1),s===VN?i*s:(a=Dt(e,e-n+1),o=YN(s,a),s/=o,a/=o,t/=a,i*t*s))}P9.exports=Dt});var C9=u((MR,L9)=>{"use strict";var JN=R9();L9.exports=JN});var H9=u((HR,M9)=>{"use strict";var b9=C9(),Er=F(),ue=O(),KN=Rr();function jN(r,e,t,i){var s,a,n,o,v;if(a=ue(t,r),a>KN)for(o=a,v=Er(r-1);v>e;v--)o*=(v+1)*i/((r-v)*t),a+=o;else if(n=Er(r*t),n<=e+1&&(n=Er(e+2)),a=ue(t,n)*ue(i,r-n),a*=b9(Er(r),Er(n)),a===0)for(v=n-1;v>e;v--)a+=ue(t,v)*ue(i,r-v),a*=b9(Er(r),Er(v));else{for(o=a,s=a,v=n-1;v>e;v--)o*=(v+1)*i/((r-v)*t),a+=o;for(o=s,v=n+1;v<=r;v++)o*=(r-v+1)*t/(v*i),a+=o}return a}M9.exports=jN});var $9=u((GR,G9)=>{"use strict";var zN=Ve();function xN(r,e,t,i,s,a,n){var o,v,c,f;if(o=zN(r,e,t,i,a),n&&(n[1]=o),o/=r,o===0)return o;for(c=1,v=1,f=0;f<s-1;++f)v*=(r+e+f)*t/(r+f+1),c+=v;return o*=c,o}G9.exports=xN});var B9=u(($R,U9)=>{"use strict";var Wt=ee(),rS=Hr(),eS=j(),tS=D(),kt=w(),Qe=O(),oe=P(),iS=Rr(),D9=tr(),W9=wr(),Ut=br(),aS=Nr(),k9={maxTerms:100};function sS(r,e,t,i){var s=1-e,a=1;return n;function n(){var o=i/r;return r+=1,i*=s*t/a,a+=1,s+=1,o}}function nS(r,e,t,i,s,a,n){var o,v,c,f,l,m,p,h;return s?(p=r+e,v=r+Ut-.5,c=e+Ut-.5,f=p+Ut-.5,o=Wt(p)/(Wt(r)*Wt(e)),l=oe(f/c)*(e-.5),m=oe(t*f/v)*r,l>W9&&l<D9&&m>W9&&m<D9?(r*e<c*10?o*=kt((e-.5)*eS(r/c)):o*=Qe(f/c,e-.5),o*=Qe(t*f/v,r),o*=tS(v/aS),a&&(a[1]=o*Qe(n,e))):(o=oe(o)+l+m+(oe(v)-1)/2,a&&(a[1]=kt(o+e*oe(n))),o=kt(o))):o=Qe(t,r),o<iS?i:(h=sS(r,e,t,o),k9.initialValue=i,rS(h,k9))}U9.exports=nS});var Vt=u((DR,K9)=>{"use strict";var uS=A(),oS=Qr(),Ze=F(),X9=j(),V9=M1(),M=u2(),Bt=D(),vS=w(),ve=O(),fS=x(),Q9=B(),Ye=Se(),Z9=Rr(),cS=et(),lS=E2(),J9=Cr(),hr=J5(),Xt=j5(),pS=Ve(),Y9=l9(),mS=H9(),fe=$9(),J=B9(),qS=1/J9;function hS(r,e,t,i,s,a,n,o){var v,c,f,l,m,p,h,y,g,d,I,q;if(q=1-r,h=o,y=o+n,a[y]=-1,uS(r)||r<0||r>1)return a[h]=NaN,a[y]=NaN,a;if(i){if(e<0||t<0)return a[h]=NaN,a[y]=NaN,a;if(e===0){if(t===0)return a[h]=NaN,a[y]=NaN,a;if(t>0)return a[h]=s?0:1,a}else if(t===0&&e>0)return a[h]=s?1:0,a}else if(e<=0||t<=0)return a[h]=NaN,a[y]=NaN,a;return r===0?(e===1?a[y]=1:a[y]=e<1?Ye/2:Z9*2,s?(a[h]=i?1:M(e,t),a):(a[h]=0,a)):r===1?(t===1?a[y]=1:a[y]=t<1?Ye/2:Z9*2,s?a[h]=0:a[h]=i?1:M(e,t),a):e===.5&&t===.5?(a[y]=qS*Bt(q*r),I=V9(Bt(s?q:r)),I/=lS,i||(I*=J9),a[h]=I,a):(e===1&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),t===1?e===1?(a[h]=s?q:r,a[y]=1,a):(a[y]=e*ve(r,e-1),q<.5?I=s?-oS(e*X9(-q)):vS(e*X9(-q)):I=s?-(ve(r,e)-1):ve(r,e),i||(I/=e),a[h]=I,a):(Q9(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),fS(e,t)<=1?e>=Q9(.2,t)||ve(r,e)<=.9?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(p=t,t=e,e=p,p=q,q=r,r=p,s=!s,q>=.3?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(i?c=1:c=Xt(e+t,e,20),f=fe(e,t,r,q,20,i,a),s?(f-=i?1:M(e,t),s=!1,f=-hr(e+20,t,r,q,f,c,i)):f=hr(e+20,t,r,q,f,c,i))):t<=1||r<.1&&ve(t*r,e)<=.7?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(p=t,t=e,e=p,p=q,q=r,r=p,s=!s,q>=.3?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):e>=15?s?(f=-(i?1:M(e,t)),s=!1,f=-hr(e,t,r,q,f,1,i)):f=hr(e,t,r,q,0,1,i):(i?c=1:c=Xt(e+t,e,20),f=fe(e,t,r,q,20,i,a),s?(f-=i?1:M(e,t),s=!1,f=-hr(e+20,t,r,q,f,c,i)):f=hr(e+20,t,r,q,f,c,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*q-t,v<0&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),t<40?Ze(e)===e&&Ze(t)===t&&e<cS-100?(g=e-1,d=t+g,f=mS(d,g,r,q),i||(f*=M(e,t))):t*r<=.7?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):e>15?(d=Ze(t),d===t&&(d-=1),l=t-d,i?c=1:c=Xt(e+l,l,d),f=fe(l,e,q,r,d,i),f=hr(e,l,r,q,f,1,i),f/=c):i?(d=Ze(t),l=t-d,l<=0&&(d-=1,l+=1),f=fe(l,e,q,r,d,i),f+=fe(e,l,r,q,20,i),s&&(f-=1),f=hr(e+20,l,r,q,f,1,i),s&&(f=-f,s=!1)):f=Y9(e,t,r,q,i,a):f=Y9(e,t,r,q,i,a)),a[y]<0&&(a[y]=pS(e,t,r,q,!0)),m=q*r,a[y]!==0&&(Ye*m<a[y]?a[y]=Ye/2:a[y]/=m),a[h]=s?(i?1:M(e,t))-f:f,a))}K9.exports=hS});var z9=u((WR,j9)=>{"use strict";var dS=Vt();function yS(r,e,t,i,s){return dS(r,e,t,i,s,[0,0],1,0)}j9.exports=yS});var e7=u((kR,r7)=>{"use strict";var gS=sr(),x9=z9(),IS=Vt();gS(x9,"assign",IS);r7.exports=x9});var i7=u((UR,t7)=>{"use strict";var AS=e7().assign;function _S(r,e,t,i,s){var a=[0,0];return i=i!==!1,s=s===!0,AS(r,e,t,i,s,a,1,0),a[0]}t7.exports=_S});var Qt=u((BR,a7)=>{"use strict";var NS=i7();a7.exports=NS});var n7=u((XR,s7)=>{"use strict";var SS=yr(),wS=Qt(),Zt=A(),ES=F(),OS=_();function FS(r,e,t){return Zt(r)||Zt(e)||Zt(t)||t<0||t>1||!SS(e)||e===OS?NaN:r<0?0:r>=e?1:(r=ES(r+1e-7),wS(t,r+1,e-r,!0,!0))}s7.exports=FS});var o7=u((VR,u7)=>{"use strict";function TS(r){return e;function e(){return r}}u7.exports=TS});var Je=u((QR,v7)=>{"use strict";var PS=o7();v7.exports=PS});var c7=u((ZR,f7)=>{"use strict";var RS=yr(),LS=Je(),CS=Qt(),Yt=A(),bS=F(),MS=_();function HS(r,e){if(Yt(r)||Yt(e)||e<0||e>1||!RS(r)||r===MS)return LS(NaN);return t;function t(i){return Yt(i)?NaN:i<0?0:i>=r?1:(i=bS(i+1e-7),CS(e,i+1,r-i,!0,!0))}}f7.exports=HS});var m7=u((YR,p7)=>{"use strict";var GS=sr(),l7=n7(),$S=c7();GS(l7,"factory",$S);p7.exports=l7});var h7=u((JR,q7)=>{"use strict";var DS=F();function WS(r){return DS(r)===r&&r<0}q7.exports=WS});var y7=u((KR,d7)=>{"use strict";var kS=h7();d7.exports=kS});var I7=u((jR,g7)=>{"use strict";var US=y7(),BS=re();function XS(r){return US(r)?NaN:BS(r+1)}g7.exports=XS});var Jt=u((zR,A7)=>{"use strict";var VS=I7();A7.exports=VS});var S7=u((xR,N7)=>{"use strict";var Ke=yr(),je=A(),QS=w(),ir=Jt(),ZS=x(),YS=B(),_7=_();function JS(r,e,t,i){var s,a,n,o,v;return je(r)||je(e)||je(t)||je(i)||!Ke(e)||!Ke(t)||!Ke(i)||e===_7||t===_7||t>e||i>e?NaN:(v=ZS(0,i+t-e),o=YS(t,i),Ke(r)&&v<=r&&r<=o?(a=ir(i)+ir(t)+ir(e-i)+ir(e-t),s=ir(e)+ir(r)+ir(i-r),s+=ir(t-r)+ir(e-t+r-i),n=a-s,QS(n)):0)}N7.exports=JS});var O7=u((rL,E7)=>{"use strict";var ze=yr(),xe=A(),KS=Je(),jS=w(),ar=Jt(),zS=x(),xS=B(),w7=_();function rw(r,e,t){var i,s;if(xe(r)||xe(e)||xe(t)||!ze(r)||!ze(e)||!ze(t)||r===w7||e===w7||e>r||t>r)return KS(NaN);return s=zS(0,t+e-r),i=xS(e,t),a;function a(n){var o,v,c;return xe(n)?NaN:ze(n)&&s<=n&&n<=i?(v=ar(t)+ar(e)+ar(r-t)+ar(r-e),o=ar(r)+ar(n)+ar(t-n),o+=ar(e-n)+ar(r-e+n-t),c=v-o,jS(c)):0}}E7.exports=rw});var Kt=u((eL,T7)=>{"use strict";var ew=sr(),F7=S7(),tw=O7();ew(F7,"factory",tw);T7.exports=F7});var jt=u((tL,P7)=>{"use strict";function iw(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}P7.exports=iw});var b7=u((iL,C7)=>{"use strict";var zt=yr(),r0=A(),aw=Pr(),sw=x(),R7=B(),nw=Kt(),L7=_(),uw=K(),ow=jt();function vw(r,e,t,i){var s,a,n,o,v;if(r0(r)||r0(e)||r0(t)||r0(i)||!zt(e)||!zt(t)||!zt(i)||e===L7||t===L7||t>e||i>e)return NaN;if(r=aw(r),r<sw(0,i+t-e))return 0;if(r>=R7(i,t))return 1;for(a=new uw(r+1),a[r]=nw(r,e,t,i),v=r-1;v>=0;v--)n=(v+1)*(e-t-(i-v-1)),s=(t-v)*(i-v),a[v]=n/s*a[v+1];return o=ow(a),R7(o,1)}C7.exports=vw});var $7=u((aL,G7)=>{"use strict";var xt=yr(),e0=A(),fw=Je(),cw=Pr(),lw=x(),M7=B(),pw=Kt(),H7=_(),mw=K(),qw=jt();function hw(r,e,t){if(e0(r)||e0(e)||e0(t)||!xt(r)||!xt(e)||!xt(t)||r===H7||e===H7||e>r||t>r)return fw(NaN);return i;function i(s){var a,n,o,v,c;if(e0(s))return NaN;if(s=cw(s),s<lw(0,t+e-r))return 0;if(s>=M7(t,e))return 1;for(n=new mw(s+1),n[s]=pw(s,r,e,t),c=s-1;c>=0;c--)o=(c+1)*(r-e-(t-c-1)),a=(e-c)*(t-c),n[c]=o/a*n[c+1];return v=qw(n),M7(v,1)}}G7.exports=hw});var k7=u((sL,W7)=>{"use strict";var dw=sr(),D7=b7(),yw=$7();dw(D7,"factory",yw);W7.exports=D7});async function Oi(r,e,t,i,s){if(i.mode==="promote")return qi(r,e,t,i);let a=await mi(r,e,t,i,s),n=r.state,o=o0(r,u0(e)).service,v=n!==void 0&&(n.status==="switched"||n.status==="paused")&&n.color===u0(e)&&o.desiredCount>0&&n0(o.taskDefinition,n.taskDefinition);return a.kind==="deploy"&&v&&"arn"in a.taskDefinition&&n0(a.taskDefinition.arn,o.taskDefinition)?{kind:"continue",from:"verify",taskDefinitionArn:o.taskDefinition}:a}function Fi(r){let e=r.state;if(!e||!["deploying","paused","switched"].includes(e.status)){let i=e?`the last rollout recorded on the pair is ${e.status} on ${e.color} (${e.taskDefinition})`:"no rollout is recorded on the pair";return{live:e?.previousColor??"blue",plan:{kind:"nothing",reason:`Nothing to abort: ${i}`}}}let t=o0(r,e.color).service.taskDefinition;return{live:e.previousColor,plan:{kind:"continue",from:"verify",taskDefinitionArn:t}}}function r8(r){let e=r.indexOf("targetgroup/");return e>=0?r.slice(e):r}function Ti(r,e){let t=Math.floor(r/6e4)*6e4;return Math.max(60,Math.ceil((e-t)/6e4)*60)}function Pi(r,e,t){return["canary","stable"].flatMap(i=>{let s={LoadBalancer:r,TargetGroup:r8(e[i])},a=(o,v,c)=>({id:`${i}_${o}`,namespace:"AWS/ApplicationELB",metricName:v,dimensions:s,stat:c}),n=[a("requests","RequestCount","Sum"),a("errors","HTTPCode_Target_5XX_Count","Sum"),a("connection_errors","TargetConnectionErrorCount","Sum"),a("p99","TargetResponseTime","p99")];return t!==void 0&&n.push(a("fast","TargetResponseTime",`PR(:${t8(t)})`)),n})}function f0(r,e){let t=f=>r[`${e}_${f}`]??{timestamps:[],values:[]},i=f=>t(f).values.reduce((l,m)=>l+m,0),s=new Map,a=t("requests");a.timestamps.forEach((f,l)=>s.set(f,(s.get(f)??0)+a.values[l]));let n=i("requests"),o={requests:Math.round(n),errors:Math.min(Math.round(i("errors")+i("connection_errors")),Math.round(n))},v=e8(t("p99"),s);v!==void 0&&(o.p99=v);let c=t("fast");return r[`${e}_fast`]&&(o.slow=Math.round(c.timestamps.reduce((f,l,m)=>f+(s.get(l)??0)*(1-c.values[m]/100),0))),o}function e8(r,e){if(r.values.length===0)return;let t=0,i=0;return r.timestamps.forEach((s,a)=>{let n=e.get(s)??0;t+=r.values[a]*n,i+=n}),i>0?t/i:r.values.reduce((s,a)=>s+a,0)/r.values.length}function t8(r){return String(Number(r.toFixed(6)))}function k(r){let e=r*100;return`${e.toFixed(e<10?2:1).replace(/\.0+$|(\.\d*?)0+$/,"$1")}%`}function pe(r){return r>=1?`${r.toFixed(2)} s`:`${Math.round(r*1e3)} ms`}var U7=ii(m7(),1),B7=ii(k7(),1);function ri(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return V7(1-(0,B7.default)(r.hits-1,t,i,r.total))}function X7(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:V7(1-(0,U7.default)(r.hits-1,r.total,e))}function V7(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var kr=r=>r.requests>0?r.errors/r.requests:0;function ei(r,e,t,i){let s=`${Q7("canary",r)}; ${Q7("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${s})`};let a=(f,l)=>`${l} p ${f<1e-4?"< 0.0001":`= ${f.toPrecision(2)}`}, ${f<i?"significant":"not significant"} at ${gw(i)} confidence`,n=[],o=kr(r);if(o>t.maxErrorRate){let f=X7({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${k(o)} over max-error-rate ${k(t.maxErrorRate)} (${a(f,"exact binomial test")})`;if(f<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${s}`};n.push(l)}if(e.requests>0){let f=o-kr(e);if(f>t.maxErrorRateIncrease){let l=ri({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${Z7(f)} over stable, more than max-error-rate-increase ${Z7(t.maxErrorRateIncrease)} (${a(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${s}`};n.push(m)}}else n.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${k(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${k(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=ri({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${a(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${s}`};n.push(`${l} (${p})`)}else n.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let c=n.length>0?`; ${n.join("; ")}`:"";return{verdict:"passed",reason:`${s}${c}`}}function Q7(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${pe(e.p99)}`;return`${r} ${k(kr(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function gw(r){return k(1-r)}function Z7(r){return`+${k(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var Iw=.05,Aw=.001,t0=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,s){this.metrics=e,this.target=t,this.settings=i,this.clock=s}begin(e,t,i,s){let a={requests:0,errors:0,errorRate:0},n=new Date(i).toISOString(),o={step:e,weight:t,start:n,end:n,canary:a,stable:a,verdict:"watching",reason:"no look yet"};this.steps.push(o),this.current={step:o,startedAt:i,endsAt:s,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:s,stable:a}=await this.look(t.startedAt,i,e?.signal),n=t.step;if(n.end=new Date(i).toISOString(),n.canary={...s,errorRate:kr(s)},n.stable={...a,errorRate:kr(a)},this.samples.push({at:i,weight:n.weight,canaryErrorRate:n.canary.errorRate,stableErrorRate:n.stable.errorRate}),i<t.endsAt){let o=ei(s,a,this.settings,Aw);return o.verdict==="failed"?this.record("failed",o):{state:"passed",observed:o.reason}}return this.conclude(ei(s,a,this.settings,Iw))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:s,targetGroups:a}=this.target,n=await this.metrics.metricData(Pi(s,a,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:Ti(e,t)},i),o=f0(n,"canary"),v=f0(n,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:o,stable:v}}};function Y7(r){return["deploy","verify",...Array.from({length:r},(e,t)=>`step-${t+1}`),"full","bake","scale-down"]}function J7(r,e,t){let i=r.findIndex(s=>t?s.weight>e:s.weight>=e);return i<0?r.length:i}var i0=class extends hi{analysis;stepIndex=0;planned;fullCount;constructor(e,t,i,s){super(e,t,i,s);let a={canary:this.side(this.target).targetGroupArn,stable:this.side(this.previous).targetGroupArn},n=fi(s.pair.rule.listenerArn);this.analysis=new t0(t.metrics,{loadBalancer:n,targetGroups:a},e,i.clock),this.planned=this.router.percentByColor()[this.target];let{plan:o}=s;this.fullCount=o.kind==="deploy"?o.desiredCount:this.side(this.previous).service.desiredCount}async run(e){let{rollout:t,roles:i,options:s}=this,{plan:a}=i;this.begin();let n=a.kind==="continue"&&a.from==="verify",o=[];if(s.mode==="abort")a.kind==="nothing"?t.say(a.reason):o.push({name:"abort",run:()=>this.abort()});else{if(e&&!n&&o.push({name:"restore",run:()=>this.router.restore(i.live,i.pair.state?.run??"")}),a.kind==="nothing"&&t.say(a.reason),a.kind==="continue"&&a.from!=="verify"){let l=a.from;o.push({name:l,run:()=>this.resume(l)}),l==="bake"&&o.push(this.bakeStep())}(a.kind==="deploy"||n)&&o.push(...this.canarySteps(a.kind==="deploy")),a.kind!=="nothing"&&o.push({name:"scale-down",run:()=>this.scaleDown()})}let v=await t.run(o);return{report:{...await this.end("canary",v,s),action:"canary",canaryColor:this.target,weight:this.router.percentByColor()[this.target],step:this.stepIndex,analysis:this.analysis.steps},timeline:t.timeline,gates:t.gates,samples:this.analysis.samples}}canarySteps(e){let{options:t,roles:i}=this,s=i.pair.state,a=e?0:J7(t.steps,this.planned,s?.status==="paused"),n=t.mode==="deploy"||t.mode==="promote"&&t.promote==="step",o=[{name:"deploy",run:()=>this.deploy(this.countFor(t.steps[0]?.weight??100))},{name:"verify",run:()=>this.verify(e)}];return t.steps.slice(a).forEach((v,c)=>{let f=a+c;o.push({name:`step-${f+1}`,run:()=>this.canaryStep(f)}),n&&c===0&&o.push({name:"pause",run:()=>this.pause()})}),o.push({name:"full",run:()=>this.full()},this.bakeStep()),o}stateOf(e){let t=Y7(this.options.steps.length),i=this.rollout.current==="pause"?`step-${this.stepIndex}`:this.rollout.current,s=this.router.percentByColor(),a=e==="switched"?this.planned:e==="succeeded"?100:s[this.target],n={[this.target]:a,[this.previous]:100-a};return this.pairState("canary",e,{names:t,current:i},{weights:n,exact:!0})}async verify(e){!e&&this.planned>0&&(this.router.moved=!0),await this.recheck();let{readiness:t,probes:i,command:s}=this.gates(),a=e?[[...t,...i],s]:[[...t,...i]],n=await this.deployment.verify(a,e?"before the first shift":"before continuing");this.note("verify",`${this.label(this.target)} passed ${n.join(", ")}`)}async canaryStep(e){let{weight:t,durationMs:i}=this.options.steps[e],s=`at step ${e+1} (${t}%) on ${this.label(this.target)}`;await this.capacityFor(t),await this.move(e+1,t),this.note("analysis",`step ${e+1}: ${t}% of production traffic for ${Or(i)}`);let a=this.context.clock.now();this.analysis.begin(e+1,t,a,a+i);let n=this.options.onInconclusive==="extend"?this.options.waitTimeoutMs:0,o=await this.deployment.bake(this.watched(),i+n,{phase:`step ${e+1}`,timedAs:`step${e+1}`,done:()=>this.analysis.settled});if(!o.ok)throw new le(o,s);if(!this.analysis.settled){let v=`no verdict within wait-timeout ${Or(n)} after the step's ${Or(i)}`,c=this.analysis.inconclusive(v);throw new le({ok:!1,cause:"gate",gate:"analysis",reason:c},s)}}async pause(){return await this.state.save("paused",this.context.signal),{status:"paused",reason:`${this.label(this.target)} runs ${this.deployment.taskDefinitionArn} and takes ${this.planned}% of production traffic after step ${this.stepIndex} of ${this.options.steps.length} passed its analysis; ${this.label(this.previous)} takes the rest until mode promote`}}async full(){await this.capacityFor(100),this.rollout.durations.switchSeconds=v0(await this.move(this.options.steps.length+1,100))}bakeStep(){return{name:"bake",run:()=>this.bake()}}async bake(){let{options:e,rollout:t,deployment:i}=this;if(e.bakeTimeMs>0){this.note("bake",`watching ${this.label(this.target)} for ${Or(e.bakeTimeMs)}`);let a=this.context.clock.now();this.stepIndex=this.options.steps.length+1,this.analysis.begin(this.stepIndex,100,a,Number.POSITIVE_INFINITY);let n=await i.bake(this.watched(),e.bakeTimeMs);if(!n.ok)throw new le(n,`at 100% on ${this.label(this.target)}`)}t.commit(),await this.state.saveOrWarn("succeeded");let s=this.analysis.steps.filter(a=>a.weight<100).length;t.say(`${this.label(this.target)} serves ${i.taskDefinitionArn} after ${s} judged canary steps and ${Or(e.bakeTimeMs)} of bake-time`)}async abort(){let{router:e,context:t}=this,[i,s]=[this.label(this.previous),this.label(this.target)],a=[`aborted the rollout of ${this.deployment.taskDefinitionArn} on ${s}`];e.percentByColor()[this.target]>0?(await e.checkCanServe(this.previous),this.rollout.durations.rollbackSeconds=v0(await e.shift(this.target,this.previous,0)),e.switchedBackAt=t.clock.now(),a.push(`traffic switched back to ${i}`)):a.push(`production traffic stayed on ${i}`);let n=await this.capacity.undo(this.target).run({reason:"abort",cause:"gate"},{stop:!1,cancelled:!1});return await this.state.save("rolled-back"),{status:"rolled-back",reason:`${a.join("; ")}${n.said}`}}async move(e,t){return this.stepIndex=e,this.planned=t,await this.state.save("switched",this.context.signal),this.router.shift(this.target,this.previous,t,this.context.signal)}async capacityFor(e){let t=this.countFor(e);t<=this.deployment.expectedCount||(await this.deployment.scale(t),await this.follow())}countFor(e){return this.options.canaryScale==="full"?this.fullCount:Math.min(this.fullCount,Math.max(1,Math.ceil(e/100*this.fullCount)))}watched(){let{readiness:e,probes:t}=this.gates();return[...e,...t,this.analysis]}};async function K7(r,e,t){let{restore:i,...s}=await ti(r,e);return new i0(r,e,t,s).run(i)}async function ti(r,e){let{pair:t,testRule:i}=await li(e,r);if(r.mode==="abort")return{pair:t,testRule:i,restore:!1,...Fi(t)};let{live:s,restore:a}=pi(t);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");let n=await Oi(t,s,a,r,e.ecs);return await vi(e.cloudwatch,r.alarms),{pair:t,testRule:i,live:s,restore:a,plan:n}}function j7(r,e){return r.length===0?[]:[..._w(r),...Sw(e)]}function _w(r){let e=i=>i.requests===0?"-":`${k(i.errorRate)} (${i.errors}/${i.requests})`,t=i=>i.p99===void 0?"-":pe(i.p99);return["### Canary steps","","| step | weight | window | canary errors | stable errors | canary p99 | stable p99 | verdict |","|---|---|---|---|---|---|---|---|",...r.map(i=>{let s=a0(Date.parse(i.end)-Date.parse(i.start));return`| ${[String(i.step),`${i.weight}%`,`${i.start.slice(11,19)} +${s}`,e(i.canary),e(i.stable),t(i.canary),t(i.stable),`${i.verdict}: ${di(i.reason)}`].join(" | ")} |`}),""]}var Nw=40;function Sw(r){if(r.length<2)return[];let e=Math.ceil(r.length/Nw),t=r.filter((n,o)=>o%e===0||o===r.length-1),i=t[0].at,s=n=>Number(n.toFixed(2)),a=n=>`    line [${n.map(s).join(", ")}]`;return["```mermaid","xychart-beta",'    title "Canary weight, canary error rate, stable error rate (%)"',`    x-axis [${t.map(n=>`"+${a0(n.at-i)}"`).join(", ")}]`,'    y-axis "percent" 0 --> 100',a(t.map(n=>n.weight)),a(t.map(n=>n.canaryErrorRate*100)),a(t.map(n=>n.stableErrorRate*100)),"```","","Lines, in order: the canary weight, the canary error rate and the stable error rate (both over the window of the step they belong to).",""]}var z7=20,ww=r=>{let e=r.split(/[,\n]/).map(i=>i.trim()).filter(i=>i!==""),t=[];for(let[i,s]of e.entries()){let a=/^(\d+(?:\.\d+)?)\s*%?\s*(?:@\s*(.+))?$/.exec(s),n=f=>new Error(`item ${ce(s)}: ${f}`);if(!a)throw n("not a weight (1 to 99) with an optional @duration, e.g. 10@2m");let o=Number(a[1]),v=a[2]===void 0?void 0:ai(a[2]);if(a[2]!==void 0&&v===void 0)throw n(`${ce(a[2])} is not a duration (examples: 90s, 5m, 1h)`);if(o===100&&i===e.length-1&&a[2]===void 0)continue;if(!Number.isInteger(o)||o<1||o>99)throw n("the weight must be a whole percentage from 1 to 99 (100% comes last, after the steps)");let c=t.at(-1);if(c&&o<=c.weight)throw n(`weights must increase, and ${o} does not follow ${c.weight}`);if(v!==void 0&&v<1e3)throw n("a step lasts at least 1s");t.push({weight:o,durationMs:v})}if(t.length>z7)throw new Error(`has ${t.length} steps; at most ${z7}`);return t},Ew=r=>{let e=/^(\d+(\.\d+)?)\s*%?$/.exec(r),t=e?Number(e[1]):NaN;if(!(t>=0&&t<=1e3))throw new Error(`${ce(r)} is not a percentage from 0 to 1000`);return t},Ow={...Si,..._i,mode:$("mode","full",Ur(["full","deploy","promote","abort"])),promote:$("promote","step",Ur(["step","full"])),desiredCount:si("desired-count",Ai),steps:$("steps","10, 25, 50",ww),stepTime:$("step-time","5m",ui({min:1e3})),canaryScale:$("canary-scale","full",Ur(["full","proportional"])),maxErrorRate:$("max-error-rate","5%",s0),maxErrorRateIncrease:$("max-error-rate-increase","1",s0),maxLatencyIncrease:$("max-latency-increase","50%",Ew),minRequests:$("min-requests","100",oi({min:1})),onInconclusive:$("on-inconclusive","extend",Ur(["extend","fail","pass"])),...Ni,...wi};function Fw(r,e=process.env){let t=ni(Ow,r);return{...Ei(t,e,{promote:"continues the rollout in progress",abort:"acts on the rollout in progress"}),promote:t.promote,steps:t.steps.map(i=>({weight:i.weight,durationMs:i.durationMs??t.stepTime})),canaryScale:t.canaryScale,maxErrorRate:t.maxErrorRate/100,maxErrorRateIncrease:t.maxErrorRateIncrease/100,maxLatencyIncrease:t.maxLatencyIncrease/100,minRequests:t.minRequests,onInconclusive:t.onInconclusive}}var Tw={full:"deploy",deploy:"deploy",promote:"promotion",abort:"abort"},Pw={name:"Canary",id:"canary",lock:async r=>ci(r),check:ti,options:r=>Fw(r),deploy:async(r,e,t)=>{let i=await K7(r,e,t);return{...i,details:j7(i.report.analysis,i.samples)}},title:r=>`Canary ${Tw[r.mode]} of ${r.blueService} / ${r.greenService}`,outputs:r=>({status:r.status,"live-color":r.liveColor,"canary-color":r.canaryColor,"previous-color":r.previousColor,weight:String(r.weight),step:String(r.step),"task-definition-arn":r.taskDefinitionArn,"previous-task-definition-arn":r.previousTaskDefinitionArn,analysis:r.analysis,rollout:r}),facts:r=>yi(r,["Canary",`${gi(r,r.canaryColor)} at ${r.weight}%, step ${r.step}`])},x7=r=>Ii(Pw,r);await x7();
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
