import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as f0,b as c0,c as pi,d as mi,e as qi,f as hi,g as di,h as yi,i as gi}from"../shared/chunk-KFV4ZOQC.js";import{E as v0,G as l0,M as qe,Q as Ii,R as Ai,S as _i,U as Ni,V as wi,W as Si,X as Ei,Y as Oi,a as ni,b as Tr,c as n0,g as le,i as pe,j as T,k as ui,l as me,m as oi,n as u0,o as vi,p as o0,r as dr,s as fi,t as ci,v as li}from"../shared/chunk-5DJYF2L4.js";import"../shared/chunk-7WUM4RUY.js";import"../shared/chunk-VPA6IIEN.js";import"../shared/chunk-TNAXB3I4.js";import"../shared/chunk-YMBTFCUV.js";import"../shared/chunk-MJLJIAAH.js";import"../shared/chunk-X6UUWIRH.js";import"../shared/chunk-SMVPF4N4.js";import{b as u,c as si}from"../shared/chunk-XTI4HEAM.js";var Li=u((GS,Ci)=>{"use strict";var a8=typeof Object.defineProperty=="function"?Object.defineProperty:null;Ci.exports=a8});var Mi=u(($S,bi)=>{"use strict";var s8=Li();function n8(){try{return s8({},"x",{}),!0}catch{return!1}}bi.exports=n8});var Gi=u((DS,Hi)=>{"use strict";var u8=Object.defineProperty;Hi.exports=u8});var m0=u((kS,$i)=>{"use strict";function o8(r){return typeof r=="number"}$i.exports=o8});var q0=u((WS,ki)=>{"use strict";function v8(r){return r[0]==="-"}function Di(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function f8(r,e,t){var i=!1,s=e-r.length;return s<0||(v8(r)&&(i=!0,r=r.substr(1)),r=t?r+Di(s):Di(s)+r,i&&(r="-"+r)),r}ki.exports=f8});var Xi=u((US,Bi)=>{"use strict";var c8=m0(),Wi=q0(),l8=String.prototype.toLowerCase,Ui=String.prototype.toUpperCase;function p8(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!c8(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=Wi(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=Wi(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===Ui.call(r.specifier)?Ui.call(t):l8.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}Bi.exports=p8});var Qi=u((BS,Vi)=>{"use strict";function m8(r){return typeof r=="string"}Vi.exports=m8});var Ji=u((XS,Yi)=>{"use strict";var q8=Math.abs,h8=String.prototype.toLowerCase,Zi=String.prototype.toUpperCase,yr=String.prototype.replace,d8=/e\+(\d)$/,y8=/e-(\d)$/,g8=/^(\d+)$/,I8=/^(\d+)e/,A8=/\.0$/,_8=/\.0*e/,N8=/(\..*[^0])0*e/;function w8(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":q8(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=yr.call(i,N8,"$1e"),i=yr.call(i,_8,"e"),i=yr.call(i,A8,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=yr.call(i,d8,"e+0$1"),i=yr.call(i,y8,"e-0$1"),e.alternate&&(i=yr.call(i,g8,"$1."),i=yr.call(i,I8,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===Zi.call(e.specifier)?Zi.call(i):h8.call(i),i}Yi.exports=w8});var zi=u((VS,ji)=>{"use strict";function Ki(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function S8(r,e,t){var i=e-r.length;return i<0||(r=t?r+Ki(i):Ki(i)+r),r}ji.exports=S8});var ra=u((QS,xi)=>{"use strict";var E8=Xi(),O8=Qi(),T8=m0(),F8=Ji(),P8=zi(),R8=q0(),C8=String.fromCharCode,L8=Array.isArray;function de(r){return r!==r}function b8(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function M8(r){var e,t,i,s,a,n,o,v,c,f;if(!L8(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(n="",o=1,c=0;c<r.length;c++)if(i=r[c],O8(i))n+=i;else{if(e=i.precision!==void 0,i=b8(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+c+"`. Value: `"+i+"`.");for(i.mapping&&(o=i.mapping),t=i.flags,f=0;f<t.length;f++)switch(s=t.charAt(f),s){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+s)}if(i.width==="*"){if(i.width=parseInt(arguments[o],10),o+=1,de(i.width))throw new TypeError("the argument for * width at position "+o+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[o],10),o+=1,de(i.precision))throw new TypeError("the argument for * precision at position "+o+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[o],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=E8(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!de(i.arg)){if(a=parseInt(i.arg,10),a<0||a>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=de(a)?String(i.arg):C8(a)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!T8(i.arg))throw new Error("invalid floating-point number. Value: "+n);v=i.arg,i.padZeros=!1}i.arg=F8(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=R8(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=P8(i.arg,i.width,i.padRight)),n+=i.arg||"",o+=1}return n}xi.exports=M8});var ta=u((ZS,ea)=>{"use strict";var H8=ra();ea.exports=H8});var aa=u((YS,ia)=>{"use strict";var ye=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function G8(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function $8(r){var e,t,i,s;for(t=[],s=0,i=ye.exec(r);i;)e=r.slice(s,ye.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(G8(i)),s=ye.lastIndex,i=ye.exec(r);return e=r.slice(s),e.length&&t.push(e),t}ia.exports=$8});var na=u((JS,sa)=>{"use strict";var D8=aa();sa.exports=D8});var oa=u((KS,ua)=>{"use strict";function k8(r){return typeof r=="string"}ua.exports=k8});var ca=u((jS,fa)=>{"use strict";var W8=ta(),U8=na(),B8=oa();function va(r){var e,t;if(!B8(r))throw new TypeError(va("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[U8(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return W8.apply(null,e)}fa.exports=va});var pa=u((zS,la)=>{"use strict";var X8=ca();la.exports=X8});var ga=u((xS,ya)=>{"use strict";var ma=pa(),Fr=Object.prototype,qa=Fr.toString,ha=Fr.__defineGetter__,da=Fr.__defineSetter__,V8=Fr.__lookupGetter__,Q8=Fr.__lookupSetter__;function Z8(r,e,t){var i,s,a,n;if(typeof r!="object"||r===null||qa.call(r)==="[object Array]")throw new TypeError(ma("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||qa.call(t)==="[object Array]")throw new TypeError(ma("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(s="value"in t,s&&(V8.call(r,e)||Q8.call(r,e)?(i=r.__proto__,r.__proto__=Fr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),a="get"in t,n="set"in t,s&&(a||n))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return a&&ha&&ha.call(r,e,t.get),n&&da&&da.call(r,e,t.set),r}ya.exports=Z8});var Aa=u((rE,Ia)=>{"use strict";var Y8=Mi(),J8=Gi(),K8=ga(),h0;Y8()?h0=J8:h0=K8;Ia.exports=h0});var Na=u((eE,_a)=>{"use strict";var j8=Aa();function z8(r,e,t){j8(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}_a.exports=z8});var sr=u((tE,wa)=>{"use strict";var x8=Na();wa.exports=x8});var Ea=u((iE,Sa)=>{"use strict";var rf=Math.floor;Sa.exports=rf});var F=u((aE,Oa)=>{"use strict";var ef=Ea();Oa.exports=ef});var Fa=u((sE,Ta)=>{"use strict";var tf=F();function af(r){return tf(r)===r&&r>=0}Ta.exports=af});var gr=u((nE,Pa)=>{"use strict";var sf=Fa();Pa.exports=sf});var Ca=u((uE,Ra)=>{"use strict";function nf(r){return r!==r}Ra.exports=nf});var A=u((oE,La)=>{"use strict";var uf=Ca();La.exports=uf});var Ma=u((vE,ba)=>{"use strict";function of(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}ba.exports=of});var Ga=u((fE,Ha)=>{"use strict";var vf=Ma();Ha.exports=vf});var Da=u((cE,$a)=>{"use strict";var ff=Ga(),cf=ff();function lf(){return cf&&typeof Symbol.toStringTag=="symbol"}$a.exports=lf});var Wa=u((lE,ka)=>{"use strict";var pf=Da();ka.exports=pf});var d0=u((pE,Ua)=>{"use strict";var mf=Object.prototype.toString;Ua.exports=mf});var Xa=u((mE,Ba)=>{"use strict";var qf=d0();function hf(r){return qf.call(r)}Ba.exports=hf});var Qa=u((qE,Va)=>{"use strict";var df=Object.prototype.hasOwnProperty;function yf(r,e){return r==null?!1:df.call(r,e)}Va.exports=yf});var Ya=u((hE,Za)=>{"use strict";var gf=Qa();Za.exports=gf});var Ka=u((dE,Ja)=>{"use strict";var If=typeof Symbol=="function"?Symbol:void 0;Ja.exports=If});var za=u((yE,ja)=>{"use strict";var Af=Ka();ja.exports=Af});var es=u((gE,rs)=>{"use strict";var xa=za(),_f=typeof xa=="function"?xa.toStringTag:"";rs.exports=_f});var is=u((IE,ts)=>{"use strict";var Nf=Ya(),Br=es(),y0=d0();function wf(r){var e,t,i;if(r==null)return y0.call(r);t=r[Br],e=Nf(r,Br);try{r[Br]=void 0}catch{return y0.call(r)}return i=y0.call(r),e?r[Br]=t:delete r[Br],i}ts.exports=wf});var Xr=u((AE,as)=>{"use strict";var Sf=Wa(),Ef=Xa(),Of=is(),g0;Sf()?g0=Of:g0=Ef;as.exports=g0});var ns=u((_E,ss)=>{"use strict";var Tf=Xr(),Ff=typeof Uint32Array=="function";function Pf(r){return Ff&&r instanceof Uint32Array||Tf(r)==="[object Uint32Array]"}ss.exports=Pf});var os=u((NE,us)=>{"use strict";var Rf=ns();us.exports=Rf});var fs=u((wE,vs)=>{"use strict";var Cf=4294967295;vs.exports=Cf});var ls=u((SE,cs)=>{"use strict";var Lf=typeof Uint32Array=="function"?Uint32Array:null;cs.exports=Lf});var qs=u((EE,ms)=>{"use strict";var bf=os(),I0=fs(),ps=ls();function Mf(){var r,e;if(typeof ps!="function")return!1;try{e=[1,3.14,-3.14,I0+1,I0+2],e=new ps(e),r=bf(e)&&e[0]===1&&e[1]===3&&e[2]===I0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}ms.exports=Mf});var ds=u((OE,hs)=>{"use strict";var Hf=qs();hs.exports=Hf});var gs=u((TE,ys)=>{"use strict";var Gf=typeof Uint32Array=="function"?Uint32Array:void 0;ys.exports=Gf});var As=u((FE,Is)=>{"use strict";function $f(){throw new Error("not implemented")}Is.exports=$f});var Ir=u((PE,_s)=>{"use strict";var Df=ds(),kf=gs(),Wf=As(),A0;Df()?A0=kf:A0=Wf;_s.exports=A0});var ws=u((RE,Ns)=>{"use strict";var Uf=Xr(),Bf=typeof Float64Array=="function";function Xf(r){return Bf&&r instanceof Float64Array||Uf(r)==="[object Float64Array]"}Ns.exports=Xf});var Es=u((CE,Ss)=>{"use strict";var Vf=ws();Ss.exports=Vf});var Ts=u((LE,Os)=>{"use strict";var Qf=typeof Float64Array=="function"?Float64Array:null;Os.exports=Qf});var Rs=u((bE,Ps)=>{"use strict";var Zf=Es(),Fs=Ts();function Yf(){var r,e;if(typeof Fs!="function")return!1;try{e=new Fs([1,3.14,-3.14,NaN]),r=Zf(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}Ps.exports=Yf});var Ls=u((ME,Cs)=>{"use strict";var Jf=Rs();Cs.exports=Jf});var Ms=u((HE,bs)=>{"use strict";var Kf=typeof Float64Array=="function"?Float64Array:void 0;bs.exports=Kf});var Gs=u((GE,Hs)=>{"use strict";function jf(){throw new Error("not implemented")}Hs.exports=jf});var K=u(($E,$s)=>{"use strict";var zf=Ls(),xf=Ms(),rc=Gs(),_0;zf()?_0=xf:_0=rc;$s.exports=_0});var ks=u((DE,Ds)=>{"use strict";var ec=Xr(),tc=typeof Uint8Array=="function";function ic(r){return tc&&r instanceof Uint8Array||ec(r)==="[object Uint8Array]"}Ds.exports=ic});var Us=u((kE,Ws)=>{"use strict";var ac=ks();Ws.exports=ac});var Xs=u((WE,Bs)=>{"use strict";var sc=255;Bs.exports=sc});var Qs=u((UE,Vs)=>{"use strict";var nc=typeof Uint8Array=="function"?Uint8Array:null;Vs.exports=nc});var Js=u((BE,Ys)=>{"use strict";var uc=Us(),N0=Xs(),Zs=Qs();function oc(){var r,e;if(typeof Zs!="function")return!1;try{e=[1,3.14,-3.14,N0+1,N0+2],e=new Zs(e),r=uc(e)&&e[0]===1&&e[1]===3&&e[2]===N0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Ys.exports=oc});var js=u((XE,Ks)=>{"use strict";var vc=Js();Ks.exports=vc});var xs=u((VE,zs)=>{"use strict";var fc=typeof Uint8Array=="function"?Uint8Array:void 0;zs.exports=fc});var en=u((QE,rn)=>{"use strict";function cc(){throw new Error("not implemented")}rn.exports=cc});var an=u((ZE,tn)=>{"use strict";var lc=js(),pc=xs(),mc=en(),w0;lc()?w0=pc:w0=mc;tn.exports=w0});var nn=u((YE,sn)=>{"use strict";var qc=Xr(),hc=typeof Uint16Array=="function";function dc(r){return hc&&r instanceof Uint16Array||qc(r)==="[object Uint16Array]"}sn.exports=dc});var on=u((JE,un)=>{"use strict";var yc=nn();un.exports=yc});var fn=u((KE,vn)=>{"use strict";var gc=65535;vn.exports=gc});var ln=u((jE,cn)=>{"use strict";var Ic=typeof Uint16Array=="function"?Uint16Array:null;cn.exports=Ic});var qn=u((zE,mn)=>{"use strict";var Ac=on(),S0=fn(),pn=ln();function _c(){var r,e;if(typeof pn!="function")return!1;try{e=[1,3.14,-3.14,S0+1,S0+2],e=new pn(e),r=Ac(e)&&e[0]===1&&e[1]===3&&e[2]===S0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}mn.exports=_c});var dn=u((xE,hn)=>{"use strict";var Nc=qn();hn.exports=Nc});var gn=u((rO,yn)=>{"use strict";var wc=typeof Uint16Array=="function"?Uint16Array:void 0;yn.exports=wc});var An=u((eO,In)=>{"use strict";function Sc(){throw new Error("not implemented")}In.exports=Sc});var Nn=u((tO,_n)=>{"use strict";var Ec=dn(),Oc=gn(),Tc=An(),E0;Ec()?E0=Oc:E0=Tc;_n.exports=E0});var Sn=u((iO,wn)=>{"use strict";var Fc=an(),Pc=Nn(),Rc={uint16:Pc,uint8:Fc};wn.exports=Rc});var Fn=u((aO,Tn)=>{"use strict";var En=Sn(),On;function Cc(){var r,e;return r=new En.uint16(1),r[0]=4660,e=new En.uint8(r.buffer),e[0]===52}On=Cc();Tn.exports=On});var Ar=u((sO,Pn)=>{"use strict";var Lc=Fn();Pn.exports=Lc});var Cn=u((nO,Rn)=>{"use strict";var bc=Ar(),O0;bc===!0?O0=1:O0=0;Rn.exports=O0});var Mn=u((uO,bn)=>{"use strict";var Mc=Ir(),Hc=K(),Gc=Cn(),Ln=new Hc(1),$c=new Mc(Ln.buffer);function Dc(r){return Ln[0]=r,$c[Gc]}bn.exports=Dc});var L=u((oO,Hn)=>{"use strict";var kc=Mn();Hn.exports=kc});var $n=u((vO,Gn)=>{"use strict";var Wc=Ar(),T0;Wc===!0?T0=1:T0=0;Gn.exports=T0});var kn=u((fO,Dn)=>{"use strict";var Uc=Ir(),Bc=K(),Xc=$n(),F0=new Bc(1),Vc=new Uc(F0.buffer);function Qc(r,e){return F0[0]=r,Vc[Xc]=e>>>0,F0[0]}Dn.exports=Qc});var Pr=u((cO,Wn)=>{"use strict";var Zc=kn();Wn.exports=Zc});var Xn=u((lO,Bn)=>{"use strict";var Yc=Ar(),Un,P0,R0;Yc===!0?(P0=1,R0=0):(P0=0,R0=1);Un={HIGH:P0,LOW:R0};Bn.exports=Un});var Jn=u((pO,Yn)=>{"use strict";var Jc=Ir(),Kc=K(),Qn=Xn(),Zn=new Kc(1),Vn=new Jc(Zn.buffer),jc=Qn.HIGH,zc=Qn.LOW;function xc(r,e){return Vn[jc]=r,Vn[zc]=e,Zn[0]}Yn.exports=xc});var Vr=u((mO,Kn)=>{"use strict";var rl=Jn();Kn.exports=rl});var _=u((qO,jn)=>{"use strict";var el=Number.POSITIVE_INFINITY;jn.exports=el});var xn=u((hO,zn)=>{"use strict";zn.exports=Number});var e1=u((dO,r1)=>{"use strict";var tl=xn();r1.exports=tl});var P=u((yO,t1)=>{"use strict";var il=e1(),al=il.NEGATIVE_INFINITY;t1.exports=al});var nr=u((gO,i1)=>{"use strict";var sl=1023;i1.exports=sl});var s1=u((IO,a1)=>{"use strict";var nl=.34657359027997264;a1.exports=nl});var u1=u((AO,n1)=>{"use strict";function ul(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}n1.exports=ul});var p1=u((_O,l1)=>{"use strict";var ol=A(),o1=L(),C0=Pr(),vl=Vr(),v1=_(),fl=P(),f1=nr(),cl=s1(),ll=u1(),pl=709.782712893384,L0=.6931471803691238,b0=19082149292705877e-26,c1=1.4426950408889634,ml=38.816242111356935,ql=1.0397207708399179;function hl(r){var e,t,i,s,a,n,o,v,c,f,l,m,p;if(r===v1||ol(r))return r;if(r===fl)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=ml){if(i)return-1;if(v>=pl)return v1}if(n=o1(v)|0,v>cl)v<ql?i?(s=r+L0,a=-b0,p=-1):(s=r-L0,a=b0,p=1):(i?p=c1*r-.5:p=c1*r+.5,p|=0,l=p,s=r-l*L0,a=l*b0),r=s-a,f=s-r-a;else{if(n<1016070144)return r;p=0}return e=.5*r,c=r*e,o=1+c*ll(c),l=3-o*e,m=c*((o-l)/(6-r*l)),p===0?r-(r*m-c):(t=vl(f1+p<<20,0),m=r*(m-f)-f,m-=c,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(s=o1(v)+(p<<20)|0,v=C0(v,s)):v*=t,v-1):(l=1,p<20?(s=1072693248-(2097152>>p)|0,l=C0(l,s),v=l-(m-r)):(s=f1-p<<20|0,l=C0(l,s),v=r-(m+l),v+=1),v*=t,v))}l1.exports=hl});var Qr=u((NO,m1)=>{"use strict";var dl=p1();m1.exports=dl});var h1=u((wO,q1)=>{"use strict";function yl(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}q1.exports=yl});var A1=u((SO,I1)=>{"use strict";var gl=A(),d1=L(),y1=Pr(),Il=_(),Al=P(),g1=nr(),_l=h1(),M0=.6931471803691238,H0=19082149292705877e-26,Nl=.41421356237309503,wl=-.2928932188134525,Sl=1862645149230957e-24,El=5551115123125783e-32,Ol=9007199254740992,Tl=.6666666666666666;function Fl(r){var e,t,i,s,a,n,o,v,c,f;if(r<-1||gl(r))return NaN;if(r===-1)return Al;if(r===Il||r===0)return r;if(r<0?i=-r:i=r,f=1,i<Nl){if(i<Sl)return i<El?r:r-r*r*.5;r>wl&&(f=0,s=r,t=1)}return f!==0&&(i<Ol?(c=1+r,t=d1(c),f=(t>>20)-g1,f>0?a=1-(c-r):a=r-(c-1),a/=c):(c=r,t=d1(c),f=(t>>20)-g1,a=0),t&=1048575,t<434334?c=y1(c,t|1072693248):(f+=1,c=y1(c,t|1071644672),t=1048576-t>>2),s=c-1),e=.5*s*s,t===0?s===0?(a+=f*H0,f*M0+a):(v=e*(1-Tl*s),f*M0-(v-(f*H0+a)-s)):(n=s/(2+s),o=n*n,v=o*_l(o),f===0?s-(e-n*(e+v)):f*M0-(e-(n*(e+v)+(f*H0+a))-s))}I1.exports=Fl});var j=u((EO,_1)=>{"use strict";var Pl=A1();_1.exports=Pl});var w1=u((OO,N1)=>{"use strict";var Rl=Math.sqrt;N1.exports=Rl});var D=u((TO,S1)=>{"use strict";var Cl=w1();S1.exports=Cl});var O1=u((FO,E1)=>{"use strict";var Ll=.7853981633974483;E1.exports=Ll});var F1=u((PO,T1)=>{"use strict";function bl(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}T1.exports=bl});var R1=u((RO,P1)=>{"use strict";function Ml(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}P1.exports=Ml});var b1=u((CO,L1)=>{"use strict";var Hl=A(),Gl=D(),C1=O1(),$l=F1(),Dl=R1(),kl=6123233995736766e-32;function Wl(r){var e,t,i,s,a;if(Hl(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,s=t*Dl(t),t=Gl(t+t),a=C1-t,t=t*s-kl,a-=t,a+=C1;else{if(i<1e-8)return r;t=i*i,a=t*$l(t),a=i*a+i}return e?-a:a}L1.exports=Wl});var H1=u((LO,M1)=>{"use strict";var Ul=b1();M1.exports=Ul});var $1=u((bO,G1)=>{"use strict";function Bl(r){return Math.abs(r)}G1.exports=Bl});var N=u((MO,D1)=>{"use strict";var Xl=$1();D1.exports=Xl});var W1=u((HO,k1)=>{"use strict";var Vl=Math.ceil;k1.exports=Vl});var B1=u((GO,U1)=>{"use strict";var Ql=W1();U1.exports=Ql});var V1=u(($O,X1)=>{"use strict";var Zl=F(),Yl=B1();function Jl(r){return r<0?Yl(r):Zl(r)}X1.exports=Jl});var Rr=u((DO,Q1)=>{"use strict";var Kl=V1();Q1.exports=Kl});var Y1=u((kO,Z1)=>{"use strict";var jl=1023;Z1.exports=jl});var K1=u((WO,J1)=>{"use strict";var zl=-1023;J1.exports=zl});var z1=u((UO,j1)=>{"use strict";var xl=-1074;j1.exports=xl});var ru=u((BO,x1)=>{"use strict";var rp=_(),ep=P();function tp(r){return r===rp||r===ep}x1.exports=tp});var _r=u((XO,eu)=>{"use strict";var ip=ru();eu.exports=ip});var iu=u((VO,tu)=>{"use strict";var ap=2147483648;tu.exports=ap});var ur=u((QO,au)=>{"use strict";var sp=2147483647;au.exports=sp});var uu=u((ZO,nu)=>{"use strict";var np=Ar(),su,G0,$0;np===!0?(G0=1,$0=0):(G0=0,$0=1);su={HIGH:G0,LOW:$0};nu.exports=su});var D0=u((YO,cu)=>{"use strict";var up=Ir(),op=K(),vu=uu(),fu=new op(1),ou=new up(fu.buffer),vp=vu.HIGH,fp=vu.LOW;function cp(r,e,t,i){return fu[0]=r,e[i]=ou[vp],e[i+t]=ou[fp],e}cu.exports=cp});var pu=u((JO,lu)=>{"use strict";var lp=D0();function pp(r){return lp(r,[0,0],1,0)}lu.exports=pp});var ge=u((KO,qu)=>{"use strict";var mp=sr(),mu=pu(),qp=D0();mp(mu,"assign",qp);qu.exports=mu});var du=u((jO,hu)=>{"use strict";var hp=iu(),dp=ur(),yp=ge(),gp=L(),Ip=Vr(),k0=[0,0];function Ap(r,e){var t,i;return yp.assign(r,k0,1,0),t=k0[0],t&=dp,i=gp(e),i&=hp,t|=i,Ip(t,k0[1])}hu.exports=Ap});var Ie=u((zO,yu)=>{"use strict";var _p=du();yu.exports=_p});var Cr=u((xO,gu)=>{"use strict";var Np=22250738585072014e-324;gu.exports=Np});var W0=u((rT,Iu)=>{"use strict";var wp=Cr(),Sp=_r(),Ep=A(),Op=N(),Tp=4503599627370496;function Fp(r,e,t,i){return Ep(r)||Sp(r)?(e[i]=r,e[i+t]=0,e):r!==0&&Op(r)<wp?(e[i]=r*Tp,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}Iu.exports=Fp});var _u=u((eT,Au)=>{"use strict";var Pp=W0();function Rp(r){return Pp(r,[0,0],1,0)}Au.exports=Rp});var Su=u((tT,wu)=>{"use strict";var Cp=sr(),Nu=_u(),Lp=W0();Cp(Nu,"assign",Lp);wu.exports=Nu});var Zr=u((iT,Eu)=>{"use strict";var bp=2146435072;Eu.exports=bp});var Tu=u((aT,Ou)=>{"use strict";var Mp=L(),Hp=Zr(),Gp=nr();function $p(r){var e=Mp(r);return e=(e&Hp)>>>20,e-Gp|0}Ou.exports=$p});var Pu=u((sT,Fu)=>{"use strict";var Dp=Tu();Fu.exports=Dp});var Cu=u((nT,Ru)=>{"use strict";var kp=_(),Wp=P(),Up=nr(),Bp=Y1(),Xp=K1(),Vp=z1(),Qp=A(),Zp=_r(),Yp=Ie(),Jp=Su().assign,Kp=Pu(),jp=ge(),zp=Vr(),xp=2220446049250313e-31,rm=2148532223,U0=[0,0],B0=[0,0];function em(r,e){var t,i;return e===0||r===0||Qp(r)||Zp(r)?r:(Jp(r,U0,1,0),r=U0[0],e+=U0[1],e+=Kp(r),e<Vp?Yp(0,r):e>Bp?r<0?Wp:kp:(e<=Xp?(e+=52,i=xp):i=1,jp.assign(r,B0,1,0),t=B0[0],t&=rm,t|=e+Up<<20,i*zp(t,B0[1])))}Ru.exports=em});var Ae=u((uT,Lu)=>{"use strict";var tm=Cu();Lu.exports=tm});var Mu=u((oT,bu)=>{"use strict";function im(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}bu.exports=im});var Gu=u((vT,Hu)=>{"use strict";var am=Ae(),sm=Mu();function nm(r,e,t){var i,s,a,n;return i=r-e,s=i*i,a=i-s*sm(s),n=1-(e-i*a/(2-a)-r),am(n,t)}Hu.exports=nm});var Bu=u((fT,Uu)=>{"use strict";var um=A(),$u=Rr(),om=P(),Du=_(),vm=Gu(),fm=.6931471803691238,cm=19082149292705877e-26,ku=1.4426950408889634,lm=709.782712893384,pm=-745.1332191019411,Wu=1/(1<<28),mm=-Wu;function qm(r){var e,t,i;return um(r)||r===Du?r:r===om?0:r>lm?Du:r<pm?0:r>mm&&r<Wu?1+r:(r<0?i=$u(ku*r-.5):i=$u(ku*r+.5),e=r-i*fm,t=i*cm,vm(e,t,i))}Uu.exports=qm});var S=u((cT,Xu)=>{"use strict";var hm=Bu();Xu.exports=hm});var Qu=u((lT,Vu)=>{"use strict";var dm=F();function ym(r){return dm(r)===r}Vu.exports=ym});var Nr=u((pT,Zu)=>{"use strict";var gm=Qu();Zu.exports=gm});var Ju=u((mT,Yu)=>{"use strict";var Im=Nr();function Am(r){return Im(r/2)}Yu.exports=Am});var ju=u((qT,Ku)=>{"use strict";var _m=Ju();Ku.exports=_m});var ro=u((hT,xu)=>{"use strict";var zu=ju();function Nm(r){return r>0?zu(r-1):zu(r+1)}xu.exports=Nm});var _e=u((dT,eo)=>{"use strict";var wm=ro();eo.exports=wm});var io=u((yT,to)=>{"use strict";var Sm=Ar(),X0;Sm===!0?X0=0:X0=1;to.exports=X0});var so=u((gT,ao)=>{"use strict";var Em=Ir(),Om=K(),Tm=io(),V0=new Om(1),Fm=new Em(V0.buffer);function Pm(r,e){return V0[0]=r,Fm[Tm]=e>>>0,V0[0]}ao.exports=Pm});var Lr=u((IT,no)=>{"use strict";var Rm=so();no.exports=Rm});var oo=u((AT,uo)=>{"use strict";function Cm(r){return r|0}uo.exports=Cm});var Q0=u((_T,vo)=>{"use strict";var Lm=oo();vo.exports=Lm});var lo=u((NT,co)=>{"use strict";var fo=_e(),bm=Ie(),Mm=P(),Ne=_();function Hm(r,e){return e===Mm?Ne:e===Ne?0:e>0?fo(e)?r:0:fo(e)?bm(Ne,r):Ne}co.exports=Hm});var mo=u((wT,po)=>{"use strict";var Gm=ur(),$m=L(),Dm=1072693247,we=1e300,Se=1e-300;function km(r,e){var t,i;return i=$m(r),t=i&Gm,t<=Dm?e<0?we*we:Se*Se:e>0?we*we:Se*Se}po.exports=km});var yo=u((ST,ho)=>{"use strict";var Wm=N(),qo=_();function Um(r,e){return r===-1?(r-r)/(r-r):r===1?1:Wm(r)<1==(e===qo)?0:qo}ho.exports=Um});var Z0=u((ET,go)=>{"use strict";var Bm=20;go.exports=Bm});var Ao=u((OT,Io)=>{"use strict";function Xm(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}Io.exports=Xm});var So=u((TT,wo)=>{"use strict";var Vm=L(),Ee=Lr(),_o=Pr(),Qm=nr(),Zm=Z0(),Ym=Ao(),Jm=1048575,No=1048576,Km=1072693248,jm=536870912,zm=524288,xm=9007199254740992,rq=.9617966939259756,eq=.9617967009544373,tq=-7028461650952758e-24,iq=[1,1.5],aq=[0,.5849624872207642],sq=[0,1350039202129749e-23];function nq(r,e,t){var i,s,a,n,o,v,c,f,l,m,p,h,y,g,d,I,q,b,w,G,$,C;return G=0,t<No&&(e*=xm,G-=53,t=Vm(e)),G+=(t>>Zm)-Qm|0,$=t&Jm|0,t=$|Km|0,$<=235662?C=0:$<767610?C=1:(C=0,G+=1,t-=No),e=_o(e,t),f=iq[C],b=e-f,w=1/(e+f),s=b*w,n=Ee(s,0),i=(t>>1|jm)+zm,i+=C<<18,v=_o(0,i),c=e-(v-f),o=w*(b-n*v-n*c),a=s*s,q=a*a*Ym(a),q+=o*(n+s),a=n*n,v=3+a+q,v=Ee(v,0),c=q-(v-3-a),b=n*v,w=o*v+c*s,m=b+w,m=Ee(m,0),p=w-(m-b),h=eq*m,y=tq*m+p*rq+sq[C],l=aq[C],I=G,g=h+y+l+I,g=Ee(g,0),d=y-(g-I-l-h),r[0]=g,r[1]=d,r}wo.exports=nq});var Oo=u((FT,Eo)=>{"use strict";function uq(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}Eo.exports=uq});var Fo=u((PT,To)=>{"use strict";var oq=Lr(),vq=Oo(),fq=1.4426950408889634,cq=1.4426950216293335,lq=19259629911266175e-24;function pq(r,e){var t,i,s,a,n,o;return s=e-1,a=s*s*vq(s),n=cq*s,o=s*lq-a*fq,i=n+o,i=oq(i,0),t=o-(i-n),r[0]=i,r[1]=t,r}To.exports=pq});var Ro=u((RT,Po)=>{"use strict";var mq=.6931471805599453;Po.exports=mq});var Y0=u((CT,Co)=>{"use strict";var qq=1048575;Co.exports=qq});var bo=u((LT,Lo)=>{"use strict";function hq(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}Lo.exports=hq});var Wo=u((bT,ko)=>{"use strict";var dq=L(),Mo=Pr(),yq=Lr(),gq=Q0(),Iq=Ae(),Aq=Ro(),Ho=nr(),Go=ur(),$o=Y0(),Yr=Z0(),_q=bo(),Do=1048576,Nq=1071644672,wq=.6931471824645996,Sq=-1904654299957768e-24;function Eq(r,e,t){var i,s,a,n,o,v,c,f,l,m,p;return m=r&Go|0,p=(m>>Yr)-Ho|0,l=0,m>Nq&&(l=r+(Do>>p+1)>>>0,p=((l&Go)>>Yr)-Ho|0,i=(l&~($o>>p))>>>0,a=Mo(0,i),l=(l&$o|Do)>>Yr-p>>>0,r<0&&(l=-l),e-=a),a=t+e,a=yq(a,0),o=a*wq,v=(t-(a-e))*Aq+a*Sq,f=o+v,c=v-(f-o),a=f*f,s=f-a*_q(a),n=f*s/(s-2)-(c+f*c),f=1-(n-f),r=dq(f),r=gq(r),r+=l<<Yr>>>0,r>>Yr<=0?f=Iq(f,l):f=Mo(f,r),f}ko.exports=Eq});var zo=u((MT,jo)=>{"use strict";var Uo=A(),Bo=_e(),Xo=_r(),Oq=Nr(),Vo=D(),Tq=N(),J0=ge(),Fq=Lr(),Qo=Q0(),Pq=P(),Rq=_(),K0=ur(),Cq=lo(),Lq=mo(),bq=yo(),Mq=So(),Hq=Fo(),Gq=Wo(),$q=1072693247,Dq=1105199104,kq=1139802112,Zo=1083179008,Wq=1072693248,Uq=1083231232,Bq=3230714880,Yo=31,or=1e300,vr=1e-300,Xq=8008566259537294e-32,z=[0,0],Jo=[0,0];function Ko(r,e){var t,i,s,a,n,o,v,c,f,l,m,p,h,y,g,d;if(Uo(r)||Uo(e))return NaN;if(J0.assign(e,z,1,0),o=z[0],v=z[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return Vo(r);if(e===-.5)return 1/Vo(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(Xo(e))return bq(r,e)}if(J0.assign(r,z,1,0),a=z[0],n=z[1],n===0){if(a===0)return Cq(r,e);if(r===1)return 1;if(r===-1&&Bo(e))return-1;if(Xo(r))return r===Pq?Ko(-0,-e):e<0?0:Rq}if(r<0&&Oq(e)===!1)return(r-r)/(r-r);if(s=Tq(r),t=a&K0|0,i=o&K0|0,c=a>>>Yo|0,f=o>>>Yo|0,c&&Bo(e)?c=-1:c=1,i>Dq){if(i>kq)return Lq(r,e);if(t<$q)return f===1?c*or*or:c*vr*vr;if(t>Wq)return f===0?c*or*or:c*vr*vr;h=Hq(Jo,s)}else h=Mq(Jo,s,t);if(l=Fq(e,0),p=(e-l)*h[0]+e*h[1],m=l*h[0],y=p+m,J0.assign(y,z,1,0),g=Qo(z[0]),d=Qo(z[1]),g>=Zo){if((g-Zo|d)!==0||p+Xq>y-m)return c*or*or}else if((g&K0)>=Uq&&((g-Bq|d)!==0||p<=y-m))return c*vr*vr;return y=Gq(g,m,p),c*y}jo.exports=Ko});var O=u((HT,xo)=>{"use strict";var Vq=zo();xo.exports=Vq});var wr=u((GT,r2)=>{"use strict";var Qq=2.718281828459045;r2.exports=Qq});var U=u(($T,e2)=>{"use strict";var Zq=2220446049250313e-31;e2.exports=Zq});var i2=u((DT,t2)=>{"use strict";function Yq(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}t2.exports=Yq});var n2=u((kT,s2)=>{"use strict";var a2=A(),Jq=j(),Kq=D(),jq=N(),zq=S(),j0=O(),xq=wr(),z0=U(),x0=i2(),rt=10.900511;function rh(r,e){var t,i,s,a,n,o,v;return a2(r)||a2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<z0?(n=v/r,n/=e,n):v===r&&e<z0?1/e:v===e&&r<z0?1/r:(r<e&&(o=e,e=r,r=o),i=r+rt-.5,s=e+rt-.5,a=v+rt-.5,n=x0(r)*(x0(e)/x0(v)),t=r-.5-e,jq(e*t)<a*100&&r>100?n*=zq(t*Jq(-e/a)):n*=j0(i/a,t),a>1e10?n*=j0(i/a*(s/a),e):n*=j0(i*s/(a*a),e),n*=Kq(xq/s),n))}s2.exports=rh});var o2=u((WT,u2)=>{"use strict";var eh=n2();u2.exports=eh});var f2=u((UT,v2)=>{"use strict";var th=_();function ih(r){return r===0&&1/r===th}v2.exports=ih});var l2=u((BT,c2)=>{"use strict";var ah=f2();c2.exports=ah});var q2=u((XT,m2)=>{"use strict";var sh=l2(),p2=A(),et=_();function nh(r,e){return p2(r)||p2(e)?NaN:r===et||e===et?et:r===e&&r===0?sh(r)?r:e:r>e?r:e}m2.exports=nh});var x=u((VT,h2)=>{"use strict";var uh=q2();h2.exports=uh});var y2=u((QT,d2)=>{"use strict";var oh=P();function vh(r){return r===0&&1/r===oh}d2.exports=vh});var tt=u((ZT,g2)=>{"use strict";var fh=y2();g2.exports=fh});var _2=u((YT,A2)=>{"use strict";var ch=tt(),I2=A(),it=P();function lh(r,e){return I2(r)||I2(e)?NaN:r===it||e===it?it:r===e&&r===0?ch(r)?r:e:r<e?r:e}A2.exports=lh});var B=u((JT,N2)=>{"use strict";var ph=_2();N2.exports=ph});var Oe=u((KT,w2)=>{"use strict";var mh=17976931348623157e292;w2.exports=mh});var at=u((jT,S2)=>{"use strict";var qh=2147483647;S2.exports=qh});var O2=u((zT,E2)=>{"use strict";var hh=1.5707963267948966;E2.exports=hh});var br=u((xT,T2)=>{"use strict";var dh=3.141592653589793;T2.exports=dh});var P2=u((rF,F2)=>{"use strict";function yh(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}F2.exports=yh});var C2=u((eF,R2)=>{"use strict";function gh(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}R2.exports=gh});var b2=u((tF,L2)=>{"use strict";var Ih=P2(),Ah=C2();function _h(r,e){var t,i,s,a;return a=r*r,s=a*a,i=a*Ih(a),i+=s*s*Ah(a),t=.5*a,s=1-t,s+(1-s-t+(a*i-r*e))}L2.exports=_h});var st=u((iF,M2)=>{"use strict";var Nh=b2();M2.exports=Nh});var $2=u((aF,G2)=>{"use strict";var H2=-.16666666666666632,wh=.00833333333332249,Sh=-.0001984126982985795,Eh=27557313707070068e-22,Oh=-25050760253406863e-24,Th=158969099521155e-24;function Fh(r,e){var t,i,s,a;return a=r*r,s=a*a,t=wh+a*(Sh+a*Eh)+a*s*(Oh+a*Th),i=a*r,e===0?r+i*(H2+a*t):r-(a*(.5*e-i*t)-e-i*H2)}G2.exports=Fh});var nt=u((sF,D2)=>{"use strict";var Ph=$2();D2.exports=Ph});var W2=u((nF,k2)=>{"use strict";var Rh=Ar(),ut;Rh===!0?ut=0:ut=1;k2.exports=ut});var X2=u((uF,B2)=>{"use strict";var Ch=Ir(),Lh=K(),bh=W2(),U2=new Lh(1),Mh=new Ch(U2.buffer);function Hh(r){return U2[0]=r,Mh[bh]}B2.exports=Hh});var Q2=u((oF,V2)=>{"use strict";var Gh=X2();V2.exports=Gh});var Y2=u((vF,Z2)=>{"use strict";function $h(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}Z2.exports=$h});var K2=u((fF,J2)=>{"use strict";var Dh=Y2();J2.exports=Dh});var z2=u((cF,j2)=>{"use strict";var kh=K2();function Wh(r){return kh(0,r)}j2.exports=Wh});var r3=u((lF,x2)=>{"use strict";var Uh=z2();x2.exports=Uh});var s3=u((pF,a3)=>{"use strict";var Bh=F(),Te=Ae(),Re=r3(),t3=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],Xh=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],ot=16777216,vt=5960464477539063e-23,Fe=Re(20),e3=Re(20),Pe=Re(20),E=Re(20);function i3(r,e,t,i,s,a,n,o,v){var c,f,l,m,p,h,y,g,d;for(m=a,d=i[t],g=t,p=0;g>0;p++)f=vt*d|0,E[p]=d-ot*f|0,d=i[g-1]+f,g-=1;if(d=Te(d,s),d-=8*Bh(d*.125),y=d|0,d-=y,l=0,s>0?(p=E[t-1]>>24-s,y+=p,E[t-1]-=p<<24-s,l=E[t-1]>>23-s):s===0?l=E[t-1]>>23:d>=.5&&(l=2),l>0){for(y+=1,c=0,p=0;p<t;p++)g=E[p],c===0?g!==0&&(c=1,E[p]=16777216-g):E[p]=16777215-g;if(s>0)switch(s){case 1:E[t-1]&=8388607;break;case 2:E[t-1]&=4194303;break}l===2&&(d=1-d,c!==0&&(d-=Te(1,s)))}if(d===0){for(g=0,p=t-1;p>=a;p--)g|=E[p];if(g===0){for(h=1;E[a-h]===0;h++);for(p=t+1;p<=t+h;p++){for(v[o+p]=t3[n+p],f=0,g=0;g<=o;g++)f+=r[g]*v[o+(p-g)];i[p]=f}return t+=h,i3(r,e,t,i,s,a,n,o,v)}for(t-=1,s-=24;E[t]===0;)t-=1,s-=24}else d=Te(d,-s),d>=ot?(f=vt*d|0,E[t]=d-ot*f|0,t+=1,s+=24,E[t]=f):E[t]=d|0;for(f=Te(1,s),p=t;p>=0;p--)i[p]=f*E[p],f*=vt;for(p=t;p>=0;p--){for(f=0,h=0;h<=m&&h<=t-p;h++)f+=Xh[h]*i[p+h];Pe[t-p]=f}for(f=0,p=t;p>=0;p--)f+=Pe[p];for(l===0?e[0]=f:e[0]=-f,f=Pe[0]-f,p=1;p<=t;p++)f+=Pe[p];return l===0?e[1]=f:e[1]=-f,y&7}function Vh(r,e,t,i){var s,a,n,o,v,c,f,l,m;for(a=4,o=i-1,n=(t-3)/24|0,n<0&&(n=0),c=t-24*(n+1),l=n-o,m=o+a,f=0;f<=m;f++)l<0?Fe[f]=0:Fe[f]=t3[l],l+=1;for(f=0;f<=a;f++){for(s=0,l=0;l<=o;l++)s+=r[l]*Fe[o+(f-l)];e3[f]=s}return v=a,i3(r,e,v,e3,c,a,n,o,Fe)}a3.exports=Vh});var u3=u((mF,n3)=>{"use strict";var Qh=Math.round;n3.exports=Qh});var v3=u((qF,o3)=>{"use strict";var Zh=u3();o3.exports=Zh});var p3=u((hF,l3)=>{"use strict";var Yh=v3(),f3=L(),Jh=.6366197723675814,Kh=1.5707963267341256,jh=6077100506506192e-26,zh=6077100506303966e-26,xh=20222662487959506e-37,rd=20222662487111665e-37,ed=84784276603689e-45,c3=2047;function td(r,e,t){var i,s,a,n,o,v,c;return s=Yh(r*Jh),n=r-s*Kh,o=s*jh,c=e>>20|0,t[0]=n-o,i=f3(t[0]),v=c-(i>>20&c3),v>16&&(a=n,o=s*zh,n=a-o,o=s*xh-(a-n-o),t[0]=n-o,i=f3(t[0]),v=c-(i>>20&c3),v>49&&(a=n,o=s*rd,n=a-o,o=s*ed-(a-n-o),t[0]=n-o)),t[1]=n-t[0]-o,s}l3.exports=td});var q3=u((dF,m3)=>{"use strict";var id=ur(),ad=Zr(),sd=Y0(),nd=L(),ud=Q2(),od=Vr(),vd=s3(),Ce=p3(),fd=0,cd=16777216,fr=1.5707963267341256,Sr=6077100506506192e-26,Le=2*Sr,be=3*Sr,Me=4*Sr,ld=598523,pd=1072243195,md=1073928572,qd=1074752122,hd=1074977148,dd=1075183036,yd=1075388923,gd=1075594811,Id=1094263291,Jr=[0,0,0],Kr=[0,0];function Ad(r,e){var t,i,s,a,n,o,v,c;if(s=nd(r)|0,a=s&id|0,a<=pd)return e[0]=r,e[1]=0,0;if(a<=qd)return(a&sd)===ld?Ce(r,a,e):a<=md?s>0?(c=r-fr,e[0]=c-Sr,e[1]=c-e[0]-Sr,1):(c=r+fr,e[0]=c+Sr,e[1]=c-e[0]+Sr,-1):s>0?(c=r-2*fr,e[0]=c-Le,e[1]=c-e[0]-Le,2):(c=r+2*fr,e[0]=c+Le,e[1]=c-e[0]+Le,-2);if(a<=gd)return a<=dd?a===hd?Ce(r,a,e):s>0?(c=r-3*fr,e[0]=c-be,e[1]=c-e[0]-be,3):(c=r+3*fr,e[0]=c+be,e[1]=c-e[0]+be,-3):a===yd?Ce(r,a,e):s>0?(c=r-4*fr,e[0]=c-Me,e[1]=c-e[0]-Me,4):(c=r+4*fr,e[0]=c+Me,e[1]=c-e[0]+Me,-4);if(a<Id)return Ce(r,a,e);if(a>=ad)return e[0]=NaN,e[1]=NaN,0;for(t=ud(r),i=(a>>20)-1046,c=od(a-(i<<20|0),t),o=0;o<2;o++)Jr[o]=c|0,c=(c-Jr[o])*cd;for(Jr[2]=c,n=3;Jr[n-1]===fd;)n-=1;return v=vd(Jr,Kr,i,n,1),s<0?(e[0]=-Kr[0],e[1]=-Kr[1],-v):(e[0]=Kr[0],e[1]=Kr[1],v)}m3.exports=Ad});var ft=u((yF,h3)=>{"use strict";var _d=q3();h3.exports=_d});var g3=u((gF,y3)=>{"use strict";var Nd=ur(),wd=Zr(),Sd=L(),d3=st(),ct=nt(),Ed=ft(),Od=1072243195,Td=1045430272,rr=[0,0];function Fd(r){var e,t;if(e=Sd(r),e&=Nd,e<=Od)return e<Td?r:ct(r,0);if(e>=wd)return NaN;switch(t=Ed(r,rr),t&3){case 0:return ct(rr[0],rr[1]);case 1:return d3(rr[0],rr[1]);case 2:return-ct(rr[0],rr[1]);default:return-d3(rr[0],rr[1])}}y3.exports=Fd});var lt=u((IF,I3)=>{"use strict";var Pd=g3();I3.exports=Pd});var pt=u((AF,A3)=>{"use strict";var Rd=2.5066282746310007;A3.exports=Rd});var N3=u((_F,_3)=>{"use strict";function Cd(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}_3.exports=Cd});var E3=u((NF,S3)=>{"use strict";var Ld=pt(),w3=O(),bd=S(),Md=N3(),Hd=143.01608;function Gd(r){var e,t,i;return e=1/r,e=1+e*Md(e),t=bd(r),r>Hd?(i=w3(r,.5*r-.25),t=i*(i/t)):t=w3(r,r-.5)/t,Ld*t*e}S3.exports=Gd});var T3=u((wF,O3)=>{"use strict";var $d=.5772156649015329;O3.exports=$d});var P3=u((SF,F3)=>{"use strict";var Dd=T3();function kd(r,e){return e/((1+Dd*r)*r)}F3.exports=kd});var C3=u((EF,R3)=>{"use strict";function Wd(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}R3.exports=Wd});var k3=u((OF,D3)=>{"use strict";var Ud=A(),Bd=Nr(),Xd=tt(),L3=N(),Vd=F(),Qd=lt(),b3=_(),M3=P(),H3=br(),G3=E3(),$3=P3(),Zd=C3();function Yd(r){var e,t,i,s;if(Bd(r)&&r<0||r===M3||Ud(r))return NaN;if(r===0)return Xd(r)?M3:b3;if(r>171.61447887182297)return b3;if(r<-170.5674972726612)return 0;if(t=L3(r),t>33)return r>=0?G3(r):(i=Vd(t),(i&1)===0?e=-1:e=1,s=t-i,s>.5&&(i+=1,s=t-i),s=t*Qd(H3*s),e*H3/(L3(s)*G3(t)));for(s=1;r>=3;)r-=1,s*=r;for(;r<0;){if(r>-1e-9)return $3(r,s);s/=r,r+=1}for(;r<2;){if(r<1e-9)return $3(r,s);s/=r,r+=1}return r===2?s:(r-=2,s*Zd(r))}D3.exports=Yd});var cr=u((TF,W3)=>{"use strict";var Jd=k3();W3.exports=Jd});var jr=u((FF,U3)=>{"use strict";var Kd=170;U3.exports=Kd});var B3=u((PF,jd)=>{jd.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var V3=u((RF,X3)=>{"use strict";var zd=A(),xd=Nr(),ry=cr(),ey=_(),ty=jr(),iy=B3();function ay(r){return zd(r)?NaN:xd(r)?r<0?NaN:r<=ty?iy[r]:ey:ry(r+1)}X3.exports=ay});var mt=u((CF,Q3)=>{"use strict";var sy=V3();Q3.exports=sy});var Y3=u((LF,Z3)=>{"use strict";function ny(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}Z3.exports=ny});var K3=u((bF,J3)=>{"use strict";var uy=Y3();J3.exports=uy});var z3=u((MF,j3)=>{"use strict";var oy=K3();j3.exports=oy});var Mr=u((HF,x3)=>{"use strict";var vy=10.900511;x3.exports=vy});var o6=u((GF,u6)=>{"use strict";var r6=z3(),fy=cr(),cy=j(),e6=N(),t6=S(),i6=O(),a6=U(),ly=wr(),py=Mr(),s6=jr(),my=4269068009004705e289;function n6(r,e){var t,i,s;return r<a6?e>=s6?(i=n6(e,s6-e),i*=r,i*=my,1/i):1/(r*fy(r+e)):(s=r+py-.5,r+e===r?e6(e/s)<a6?t=t6(-e):t=1:(e6(e)<10?t=t6((.5-r)*cy(e/s)):t=i6(s/(s+e),r-.5),t*=r6(r)/r6(r+e)),t*=i6(ly/(s+e),e),t)}u6.exports=n6});var m6=u(($F,p6)=>{"use strict";var qy=N(),v6=F(),f6=cr(),c6=mt(),l6=jr(),hy=o6();function dy(r,e){var t,i,s;if(r<=0||r+e<=0)return f6(r)/f6(r+e);if(i=v6(e),i===e){if(s=v6(r),s===r&&r<=l6&&r+e<=l6)return c6(s-1)/c6(i+s-1);if(qy(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return hy(r,e)}p6.exports=dy});var h6=u((DF,q6)=>{"use strict";var yy=m6();q6.exports=yy});var y6=u((kF,d6)=>{"use strict";function gy(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}d6.exports=gy});var I6=u((WF,g6)=>{"use strict";function Iy(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}g6.exports=Iy});var w6=u((UF,N6)=>{"use strict";var A6=L(),Ay=Pr(),_y=A(),Ny=nr(),wy=P(),Sy=y6(),Ey=I6(),He=.6931471803691238,Ge=19082149292705877e-26,Oy=0x40000000000000,Ty=.3333333333333333,_6=1048575,Fy=2146435072,Py=1048576,Ry=1072693248;function Cy(r){var e,t,i,s,a,n,o,v,c,f,l,m;return r===0?wy:_y(r)||r<0?NaN:(t=A6(r),a=0,t<Py&&(a-=54,r*=Oy,t=A6(r)),t>=Fy?r+r:(a+=(t>>20)-Ny|0,t&=_6,v=t+614244&1048576|0,r=Ay(r,t|v^Ry),a+=v>>20|0,o=r-1,(_6&2+t)<3?o===0?a===0?0:a*He+a*Ge:(n=o*o*(.5-Ty*o),a===0?o-n:a*He-(n-a*Ge-o)):(f=o/(2+o),m=f*f,v=t-398458|0,l=m*m,c=440401-t|0,s=l*Sy(l),i=m*Ey(l),v|=c,n=i+s,v>0?(e=.5*o*o,a===0?o-(e-f*(e+n)):a*He-(e-(f*(e+n)+a*Ge)-o)):a===0?o-f*(o-n):a*He-(f*(o-n)-a*Ge-o))))}N6.exports=Cy});var R=u((BF,S6)=>{"use strict";var Ly=w6();S6.exports=Ly});var T6=u((XF,O6)=>{"use strict";var by=L(),qt=st(),E6=nt(),My=ft(),Hy=ur(),Gy=Zr(),er=[0,0],$y=1072243195,Dy=1044381696;function ky(r){var e,t;if(e=by(r),e&=Hy,e<=$y)return e<Dy?1:qt(r,0);if(e>=Gy)return NaN;switch(t=My(r,er),t&3){case 0:return qt(er[0],er[1]);case 1:return-E6(er[0],er[1]);case 2:return-qt(er[0],er[1]);default:return E6(er[0],er[1])}}O6.exports=ky});var P6=u((VF,F6)=>{"use strict";var Wy=T6();F6.exports=Wy});var L6=u((QF,C6)=>{"use strict";var Uy=A(),By=_r(),R6=P6(),ht=lt(),Xy=N(),zr=Ie(),xr=br();function Vy(r){var e,t;return Uy(r)?NaN:By(r)?NaN:(t=r%2,e=Xy(t),e===0||e===1?zr(0,t):e<.25?ht(xr*t):e<.75?(e=.5-e,zr(R6(xr*e),t)):e<1.25?(t=zr(1,t)-t,ht(xr*t)):e<1.75?(e-=1.5,-zr(R6(xr*e),t)):(t-=zr(2,t),ht(xr*t)))}C6.exports=Vy});var M6=u((ZF,b6)=>{"use strict";var Qy=L6();b6.exports=Qy});var G6=u((YF,H6)=>{"use strict";function Zy(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}H6.exports=Zy});var D6=u((JF,$6)=>{"use strict";function Yy(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}$6.exports=Yy});var W6=u((KF,k6)=>{"use strict";function Jy(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}k6.exports=Jy});var B6=u((jF,U6)=>{"use strict";function Ky(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}U6.exports=Ky});var V6=u((zF,X6)=>{"use strict";function jy(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}X6.exports=jy});var Z6=u((xF,Q6)=>{"use strict";function zy(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}Q6.exports=zy});var J6=u((rP,Y6)=>{"use strict";function xy(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}Y6.exports=xy});var j6=u((eP,K6)=>{"use strict";function rg(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}K6.exports=rg});var x6=u((tP,z6)=>{"use strict";function eg(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}z6.exports=eg});var e4=u((iP,r4)=>{"use strict";function tg(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}r4.exports=tg});var a4=u((aP,i4)=>{"use strict";var ig=A(),ag=_r(),sg=N(),Hr=R(),ng=Rr(),ug=M6(),og=br(),dt=_(),vg=G6(),fg=D6(),cg=W6(),lg=B6(),pg=V6(),mg=Z6(),qg=J6(),hg=j6(),dg=x6(),yg=e4(),gg=.07721566490153287,Ig=.3224670334241136,Ag=1,_g=-.07721566490153287,Ng=.48383612272381005,wg=-.1475877229945939,Sg=.06462494023913339,Eg=-.07721566490153287,Og=1,Tg=.4189385332046727,$e=1.4616321449683622,Fg=4503599627370496,Pg=72057594037927940,Rg=13877787807814457e-33,t4=1.4616321449683622,Cg=-.12148629053584961,Lg=-3638676997039505e-33;function bg(r){var e,t,i,s,a,n,o,v,c,f,l,m,p;if(ig(r)||ag(r))return r;if(r===0)return dt;if(r<0?(e=!0,r=-r):e=!1,r<Rg)return-Hr(r);if(e){if(r>=Fg||(c=ug(r),c===0))return dt;t=Hr(og/sg(c*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-Hr(r),r>=$e-1+.27?(l=1-r,i=0):r>=$e-1-.27?(l=r-(t4-1),i=1):(l=r,i=2)):(p=0,r>=$e+.27?(l=2-r,i=0):r>=$e-.27?(l=r-t4,i=1):(l=r-1,i=2)),i){case 0:m=l*l,n=gg+m*vg(m),a=m*(Ig+m*fg(m)),o=l*n+a,p+=o-.5*l;break;case 1:m=l*l,f=m*l,n=Ng+f*pg(f),a=wg+f*mg(f),s=Sg+f*qg(f),o=m*n-(Lg-f*(a+l*s)),p+=Cg+o;break;case 2:n=l*(Eg+l*hg(l)),a=Og+l*dg(l),p+=-.5*l+n/a;break}else if(r<8)switch(i=ng(r),l=r-i,o=l*(_g+l*lg(l)),v=Ag+l*cg(l),p=.5*l+o/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=Hr(m)}else r<Pg?(c=Hr(r),m=1/r,l=m*m,f=Tg+m*yg(l),p=(r-.5)*(c-1)+f):p=r*(Hr(r)-1);return e&&(p=t-p),p}i4.exports=bg});var re=u((sP,s4)=>{"use strict";var Mg=a4();s4.exports=Mg});var tr=u((nP,n4)=>{"use strict";var Hg=709.782712893384;n4.exports=Hg});var o4=u((uP,u4)=>{"use strict";var Gg=14901161193847656e-24;u4.exports=Gg});var f4=u((oP,v4)=>{"use strict";var $g=eval;v4.exports=$g});var l4=u((vP,c4)=>{"use strict";var Dg=f4();function kg(){var r;try{Dg('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}c4.exports=kg});var yt=u((fP,p4)=>{"use strict";var Wg=l4();p4.exports=Wg});var q4=u((cP,m4)=>{"use strict";var De=N(),Ug=U(),Bg=1e6;function Xg(r,e){var t,i,s,a,n,o;if(o={},arguments.length>1&&(o=e),i=o.tolerance||Ug,a=o.maxTerms||Bg,n=o.initialValue||0,t=typeof r.next=="function",t===!0){for(s of r)if(n+=s,De(i*n)>=De(s)||--a===0)break}else do s=r(),n+=s;while(De(i*n)<De(s)&&--a);return n}m4.exports=Xg});var y4=u((lP,d4)=>{"use strict";var h4=N(),Vg=U(),Qg=1e6;function Zg(r,e){var t,i,s,a,n;n={},arguments.length>1&&(n=e),t=n.tolerance||Vg,s=n.maxTerms||Qg,a=n.initialValue||0;do i=r(),a+=i;while(h4(t*a)<h4(i)&&--s);return a}d4.exports=Zg});var Gr=u((pP,g4)=>{"use strict";var Yg=yt(),Jg=q4(),Kg=y4(),gt;Yg()?gt=Jg:gt=Kg;g4.exports=gt});var A4=u((mP,I4)=>{"use strict";function jg(r,e){var t=1,i=r,s=e;return a;function a(){var n=t;return t*=i/s,i-=1,n}}I4.exports=jg});var N4=u((qP,_4)=>{"use strict";var zg=Gr(),xg=A4();function rI(r,e){var t,i;return i=xg(r,e),t=zg(i),t}_4.exports=rI});var S4=u((hP,w4)=>{"use strict";var eI=S();function tI(r,e){var t,i,s,a;if(s=eI(-e),i=s,i!==0)for(t=i,a=1;a<r;++a)t/=a,t*=e,i+=t;return i}w4.exports=tI});var O4=u((dP,E4)=>{"use strict";function iI(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}E4.exports=iI});var F4=u((yP,T4)=>{"use strict";function aI(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}T4.exports=aI});var R4=u((gP,P4)=>{"use strict";function sI(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}P4.exports=sI});var L4=u((IP,C4)=>{"use strict";function nI(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}C4.exports=nI});var M4=u((AP,b4)=>{"use strict";function uI(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}b4.exports=uI});var G4=u((_P,H4)=>{"use strict";function oI(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}H4.exports=oI});var D4=u((NP,$4)=>{"use strict";function vI(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}$4.exports=vI});var W4=u((wP,k4)=>{"use strict";function fI(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}k4.exports=fI});var V4=u((SP,X4)=>{"use strict";var cI=A(),U4=S(),lI=Lr(),pI=_(),mI=P(),qI=O4(),hI=F4(),dI=R4(),yI=L4(),gI=M4(),II=G4(),AI=D4(),_I=W4(),ke=1e-300,NI=13877787807814457e-33,B4=.8450629115104675,wI=.12837916709551256,SI=1,EI=-.0023621185607526594,OI=1,TI=-.009864944034847148,FI=1,PI=-.0098649429247001,RI=1;function CI(r){var e,t,i,s,a,n,o,v;if(cI(r))return NaN;if(r===pI)return 0;if(r===mI)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<NI?1-r:(i=r*r,s=wI+i*qI(i),a=SI+i*hI(i),n=s/a,r<.25?1-(r+r*n):(s=r*n,s+=r-.5,.5-s));if(t<1.25)return a=t-1,o=EI+a*dI(a),v=OI+a*yI(a),e?1+B4+o/v:1-B4-o/v;if(t<28){if(a=1/(t*t),t<2.857142857142857)s=TI+a*gI(a),a=FI+a*II(a);else{if(r<-6)return 2-ke;s=PI+a*AI(a),a=RI+a*_I(a)}return i=lI(t,0),s=U4(-(i*i)-.5625)*U4((i-t)*(i+t)+s/a),e?2-s/t:s/t}return e?2-ke:ke*ke}X4.exports=CI});var It=u((EP,Q4)=>{"use strict";var LI=V4();Q4.exports=LI});var J4=u((OP,Y4)=>{"use strict";var bI=It(),Z4=D(),MI=S(),HI=br();function GI(r,e){var t,i,s,a,n;if(a=bI(Z4(e)),a!==0&&r>1){for(i=MI(-e)/Z4(HI*e),i*=e,t=.5,i/=t,s=i,n=2;n<r;++n)i/=n-t,i*=e,s+=i;a+=s}return a}Y4.exports=GI});var Er=u((TP,K4)=>{"use strict";var $I=-708.3964185322641;K4.exports=$I});var rv=u((FP,x4)=>{"use strict";var $r=S(),We=O(),DI=R(),j4=tr(),z4=Er();function kI(r,e){var t,i;return i=r*DI(e),e>=1?i<j4&&-e>z4?t=We(e,r)*$r(-e):r>=1?t=We(e/$r(e/r),r):t=$r(i-e):i>z4?t=We(e,r)*$r(-e):e/r<j4?t=We(e/$r(e/r),r):t=$r(i-e),t}x4.exports=kI});var At=u((PP,ev)=>{"use strict";function WI(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}ev.exports=WI});var iv=u((RP,tv)=>{"use strict";var UI=Function;tv.exports=UI});var sv=u((CP,av)=>{"use strict";var BI=iv();av.exports=BI});var uv=u((LP,nv)=>{"use strict";var XI=sv(),VI=At();function QI(r){var e,t,i,s;if(r.length>500)return a;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,s=1;s<t;s++)e+="+x*",s<i&&(e+="("),e+=r[s];for(s=0;s<i-1;s++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new XI(e)();function a(n){return VI(r,n)}}nv.exports=QI});var fv=u((bP,vv)=>{"use strict";var ZI=sr(),ov=At(),YI=uv();ZI(ov,"factory",YI);vv.exports=ov});var lv=u((MP,cv)=>{"use strict";function JI(r){var e=-r,t=-1,i=0;return s;function s(){return t*=e,i+=1,t/i}}cv.exports=JI});var mv=u((HP,pv)=>{"use strict";var KI=N(),jI=R(),zI=U(),xI=Gr(),rA=lv();function eA(r){var e,t;return r<=-1?NaN:(t=KI(r),t>.95?jI(1+r)-r:t<zI?-r*r/2:(e={initialValue:-r},xI(rA(r),e)))}pv.exports=eA});var _t=u((GP,qv)=>{"use strict";var tA=mv();qv.exports=tA});var dv=u(($P,hv)=>{"use strict";var iA=6.283185307179586;hv.exports=iA});var gv=u((DP,yv)=>{"use strict";function aA(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}yv.exports=aA});var Av=u((kP,Iv)=>{"use strict";function sA(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}Iv.exports=sA});var Nv=u((WP,_v)=>{"use strict";function nA(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}_v.exports=nA});var Sv=u((UP,wv)=>{"use strict";function uA(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}wv.exports=uA});var Ov=u((BP,Ev)=>{"use strict";function oA(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}Ev.exports=oA});var Fv=u((XP,Tv)=>{"use strict";function vA(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}Tv.exports=vA});var Rv=u((VP,Pv)=>{"use strict";function fA(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}Pv.exports=fA});var Lv=u((QP,Cv)=>{"use strict";function cA(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}Cv.exports=cA});var Mv=u((ZP,bv)=>{"use strict";function lA(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}bv.exports=lA});var Gv=u((YP,Hv)=>{"use strict";var pA=fv(),mA=_t(),qA=It(),Nt=D(),hA=S(),dA=dv(),yA=gv(),gA=Av(),IA=Nv(),AA=Sv(),_A=Ov(),NA=Fv(),wA=Rv(),SA=Lv(),EA=Mv(),k=[0,0,0,0,0,0,0,0,0,0];function OA(r,e){var t,i,s,a,n;return i=(e-r)/r,s=-mA(i),a=r*s,n=Nt(2*s),e<r&&(n=-n),k[0]=yA(n),k[1]=gA(n),k[2]=IA(n),k[3]=AA(n),k[4]=_A(n),k[5]=NA(n),k[6]=wA(n),k[7]=SA(n),k[8]=EA(n),k[9]=-.0005967612901927463,t=pA(k,1/r),t*=hA(-a)/Nt(dA*r),e<r&&(t=-t),t+=qA(Nt(a))/2,t}Hv.exports=OA});var Dv=u((JP,$v)=>{"use strict";function TA(r,e){var t=1,i=r,s=e;return a;function a(){var n=t;return i+=1,t*=s/i,n}}$v.exports=TA});var wt=u((KP,kv)=>{"use strict";var FA=Gr(),PA=Dv();function RA(r,e,t){var i,s;return t=t||0,s=PA(r,e),i=FA(s,{initialValue:t}),i}kv.exports=RA});var Uv=u((jP,Wv)=>{"use strict";function CA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}Wv.exports=CA});var Xv=u((zP,Bv)=>{"use strict";var LA=Uv();Bv.exports=LA});var ee=u((xP,Vv)=>{"use strict";var bA=Xv();Vv.exports=bA});var Yv=u((rR,Zv)=>{"use strict";var MA=ee(),HA=re(),GA=cr(),$A=_t(),DA=D(),kA=N(),lr=S(),te=O(),St=x(),Et=B(),Qv=R(),WA=Oe(),Ue=tr(),ie=Er(),Ot=Mr(),UA=wr();function BA(r,e){var t,i,s,a,n,o,v;return s=r+Ot-.5,v=(e-r-Ot+.5)/s,r<1?e<=ie||r<1/WA?lr(r*Qv(e)-e-HA(r)):te(e,r)*lr(-e)/GA(r):(kA(v*v*r)<=100&&r>150?(t=r*$A(v)+e*(.5-Ot)/s,t=lr(t)):(a=r*Qv(e/s),n=r-e,Et(a,n)<=ie||St(a,n)>=Ue?(i=n/r,Et(a,n)/2>ie&&St(a,n)/2<Ue?(o=te(e/s,r/2)*lr(n/2),t=o*o):Et(a,n)/4>ie&&St(a,n)/4<Ue&&e>r?(o=te(e/s,r/4)*lr(n/4),t=o*o,t*=t):i>ie&&i<Ue?t=te(e*lr(i)/s,r):t=lr(a+n)):t=te(e/s,r)*lr(n)),t*=DA(s/UA)/MA(r),t)}Zv.exports=BA});var jv=u((eR,Kv)=>{"use strict";var Tt=A(),XA=_r(),Jv=N(),VA=Qr(),QA=R(),ZA=O(),YA=Rr();function JA(r,e){var t,i;if(Tt(r)||Tt(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((Jv(e*(r-1))<.5||Jv(e)<.2)&&(i=QA(r)*e,i<.5))return VA(i)}else if(YA(e)!==e)return NaN;return t=ZA(r,e)-1,XA(t)||Tt(t)?NaN:t}Kv.exports=JA});var xv=u((tR,zv)=>{"use strict";var KA=jv();zv.exports=KA});var e5=u((iR,r5)=>{"use strict";function jA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}r5.exports=jA});var i5=u((aR,t5)=>{"use strict";function zA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}t5.exports=zA});var s5=u((sR,a5)=>{"use strict";function xA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}a5.exports=xA});var u5=u((nR,n5)=>{"use strict";var Ft=R(),r_=U(),e_=e5(),t_=i5(),i_=s5(),a_=.15896368026733398,s_=.5281534194946289,n_=.45201730728149414;function u_(r,e,t){var i,s,a,n;if(r<r_)return-Ft(r);if(e===0||t===0)return 0;if(s=0,r>2){if(r>=3){do r-=1,t-=1,s+=Ft(r);while(r>=3);t=r-2}return a=t*(r+1),n=e_(t),s+=a*a_+a*n,s}return r<1&&(s+=-Ft(r),t=e,e=r,r+=1),r<=1.5?(a=t_(e),i=e*t,s+=i*s_+i*a,s):(a=t*e,n=i_(-t),s+=a*n_+a*n,s)}n5.exports=u_});var l5=u((uR,c5)=>{"use strict";var o5=cr(),v5=Qr(),o_=j(),v_=A(),f5=u5();function f_(r){return v_(r)?NaN:r<0?r<-.5?o5(1+r)-1:v5(-o_(r)+f5(r+2,r+1,r)):r<2?v5(f5(r+1,r,r-1)):o5(1+r)-1}c5.exports=f_});var m5=u((oR,p5)=>{"use strict";var c_=l5();p5.exports=c_});var h5=u((vR,q5)=>{"use strict";function l_(r,e){var t,i,s,a;return t=-e,e=-e,i=r+1,s=1,n;function n(){return a=t/i,t*=e,s+=1,t/=s,i+=1,a}}q5.exports=l_});var y5=u((fR,d5)=>{"use strict";var p_=xv(),m_=Gr(),q_=m5(),h_=h5();function d_(r,e,t){var i,s,a,n,o;return s=q_(r),a=(s+1)/r,n=p_(e,r),s-=n,s/=r,o=h_(r,e),n+=1,i=t?a:0,s=-n*m_(o,{initialValue:(i-s)/n}),t&&(s=-s),[s,a]}d5.exports=d_});var Pt=u((cR,g5)=>{"use strict";var y_=11754943508222875e-54;g5.exports=y_});var A5=u((lR,I5)=>{"use strict";var Be=N(),X=Pt(),g_=U(),I_=1e6;function A_(r,e,t){var i,s,a,n,o,v,c;if(i=typeof r.next=="function",c=i?r.next().value:r(),n=c[1],a=c[0],n===0&&(n=X),o=n,v=0,i===!0)do c=r.next().value,c&&(v=c[1]+c[0]*v,v===0&&(v=X),o=c[1]+c[0]/o,o===0&&(o=X),v=1/v,s=o*v,n*=s);while(Be(s-1)>e&&--t);else do c=r(),c&&(v=c[1]+c[0]*v,v===0&&(v=X),o=c[1]+c[0]/o,o===0&&(o=X),v=1/v,s=o*v,n*=s);while(c&&Be(s-1)>e&&--t);return a/n}function __(r,e,t){var i,s,a,n,o,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),a=v[1],a===0&&(a=X),n=a,o=0,i===!0)do v=r.next().value,v&&(o=v[1]+v[0]*o,o===0&&(o=X),n=v[1]+v[0]/n,n===0&&(n=X),o=1/o,s=n*o,a*=s);while(v&&Be(s-1)>e&&--t);else do v=r(),v&&(o=v[1]+v[0]*o,o===0&&(o=X),n=v[1]+v[0]/n,n===0&&(n=X),o=1/o,s=n*o,a*=s);while(v&&Be(s-1)>e&&--t);return a}function N_(r,e){var t,i,s;return i={},arguments.length>1&&(i=e),t=i.maxIter||I_,s=i.tolerance||g_,i.keep?__(r,s,t):A_(r,s,t)}I5.exports=N_});var w5=u((pR,N5)=>{"use strict";var _5=N(),w_=U(),Dr=Pt(),S_=1e6;function E_(r,e,t){var i,s,a,n,o,v;v=r(),o=v[1],s=v[0],o===0&&(o=Dr),a=o,n=0;do v=r(),v&&(n=v[1]+v[0]*n,n===0&&(n=Dr),a=v[1]+v[0]/a,a===0&&(a=Dr),n=1/n,i=a*n,o*=i);while(v&&_5(i-1)>e&&--t);return s/o}function O_(r,e,t){var i,s,a,n,o;o=r(),n=o[1],n===0&&(n=Dr),s=n,a=0;do o=r(),o&&(a=o[1]+o[0]*a,a===0&&(a=Dr),s=o[1]+o[0]/s,s===0&&(s=Dr),a=1/a,i=s*a,n*=i);while(o&&_5(i-1)>e&&--t);return n}function T_(r,e){var t,i,s;return i={},arguments.length>1&&(i=e),s=i.tolerance||w_,t=i.maxIter||S_,i.keep?O_(r,s,t):E_(r,s,t)}N5.exports=T_});var Ct=u((mR,S5)=>{"use strict";var F_=yt(),P_=A5(),R_=w5(),Rt;F_()?Rt=P_:Rt=R_;S5.exports=Rt});var O5=u((qR,E5)=>{"use strict";function C_(r,e){var t=e-r+1,i=r,s=0;return a;function a(){return s+=1,t+=2,[s*(i-s),t]}}E5.exports=C_});var Lt=u((hR,T5)=>{"use strict";var L_=Ct(),b_=O5();function M_(r,e){var t=b_(r,e);return 1/(e-r+1+L_(t))}T5.exports=M_});var C5=u((dR,R5)=>{"use strict";var H_=F(),ae=cr(),bt=N(),F5=O(),G_=R(),$_=o4(),P5=Oe(),D_=tr(),k_=N4(),W_=S4(),U_=J4(),Mt=rv(),B_=Gv(),X_=wt(),Ht=Yv(),V_=y5(),Q_=Lt();function Z_(r,e,t,i){var s,a,n,o,v,c,f,l,m,p,h,y,g,d;switch(f=0,l=i,c=e<30&&e<=r+1&&r<D_,c?(g=H_(e),m=g===e,n=m?!1:bt(g-e)===.5):(m=!1,n=!1),m&&r>.6?(l=!l,a=0):n&&r>.2?(l=!l,a=1):r<$_&&e>1?a=6:r>1e3&&(e<r||bt(e-50)/r<1)?(l=!l,a=7):r<.5?-.4/G_(r)<e?a=2:a=3:r<1.1?r*.75<e?a=2:a=3:(v=!1,t&&e>20&&(p=bt((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?a=5:r-1/(3*r)<e?a=2:(a=4,l=!l)),a){case 0:f=W_(e,r),t===!1&&(f*=ae(e));break;case 1:f=U_(e,r),t===!1&&(f*=ae(e));break;case 2:f=t?Ht(e,r):Mt(e,r),f!==0&&(o=0,s=!1,l&&(o=t?1:ae(e),t||f>=1||P5*f>o?(o/=f,t||e<1||P5/e>o?(o*=-e,s=!0):o=0):o=0),f*=X_(e,r,o)/e,s&&(l=!1,f=-f));break;case 3:l=!l,h=V_(e,r,l),f=h[0],d=h[1],l=!1,t&&(f/=d);break;case 4:f=t?Ht(e,r):Mt(e,r),f!==0&&(f*=Q_(e,r));break;case 5:f=B_(e,r),r>=e&&(l=!l);break;case 6:f=t?F5(r,e)/ae(e+1):F5(r,e)/e,f*=1-e*r/(e+1);break;case 7:f=t?Ht(e,r):Mt(e,r),f/=r,f!==0&&(f*=k_(e,r));break}return t&&f>1&&(f=1),l&&(y=t?1:ae(e),f=y-f),f}R5.exports=Z_});var H5=u((yR,M5)=>{"use strict";var Y_=re(),J_=S(),V=R(),K_=pt(),j_=tr(),z_=_(),x_=jr(),L5=C5(),b5=wt(),rN=Lt();function eN(r,e,t,i){var s,a,n,o;return r<0||e<=0?NaN:(s=t===void 0?!0:t,n=i,e>=x_&&!s?(n&&e*4<r?(o=e*V(r)-r,o+=V(rN(e,r))):!n&&e>4*r?(o=e*V(r)-r,a=0,o+=V(b5(e,r,a)/e)):(o=L5(r,e,!0,n),o===0?n?(o=1+1/(12*e)+1/(288*e*e),o=V(o)-e+(e-.5)*V(e),o+=V(K_)):(o=e*V(r)-r,a=0,o+=V(b5(e,r,a)/e)):o=V(o)+Y_(e)),o>j_?z_:J_(o)):L5(r,e,s,n))}M5.exports=eN});var $5=u((gR,G5)=>{"use strict";var tN=H5();G5.exports=tN});var U5=u((IR,W5)=>{"use strict";var kr=S(),Xe=O(),iN=R(),D5=tr(),k5=Er();function aN(r,e){var t,i;return i=r*iN(e),e>=1?i<D5&&-e>k5?t=Xe(e,r)*kr(-e):r>=1?t=Xe(e/kr(e/r),r):t=kr(i-e):i>k5?t=Xe(e,r)*kr(-e):e/r<D5?t=Xe(e/kr(e/r),r):t=kr(i-e),t}W5.exports=aN});var V5=u((AR,X5)=>{"use strict";var sN=ee(),nN=re(),uN=cr(),oN=j(),vN=D(),fN=N(),pr=S(),se=O(),Gt=x(),$t=B(),B5=R(),Ve=tr(),ne=Er(),Dt=Mr(),cN=wr();function lN(r,e){var t,i,s,a,n,o,v;return s=r+Dt-.5,v=(e-r-Dt+.5)/s,r<1?e<=ne?pr(r*B5(e)-e-nN(r)):se(e,r)*pr(-e)/uN(r):(fN(v*v*r)<=100&&r>150?(t=r*(oN(v)-v)+e*(.5-Dt)/s,t=pr(t)):(a=r*B5(e/s),n=r-e,$t(a,n)<=ne||Gt(a,n)>=Ve?(i=n/r,$t(a,n)/2>ne&&Gt(a,n)/2<Ve?(o=se(e/s,r/2)*pr(n/2),t=o*o):$t(a,n)/4>ne&&Gt(a,n)/4<Ve&&e>r?(o=se(e/s,r/4)*pr(n/4),t=o*o,t*=t):i>ne&&i<Ve?t=se(e*pr(i)/s,r):t=pr(a+n)):t=se(e/s,r)*pr(n)),t*=vN(s/cN)/sN(r),t)}X5.exports=lN});var K5=u((_R,J5)=>{"use strict";var pN=h6(),Q5=mt(),mN=$5(),qN=j(),Qe=N(),Z5=O(),hN=R(),dN=Cr(),Y5=U(),yN=U5(),gN=V5(),mr=new Array(30);function IN(r,e,t,i,s,a,n){var o,v,c,f,l,m,p,h,y,g,d,I,q,b,w,G,$,C;if(m=e-1,$=r+m/2,i<.35?g=qN(-i):g=hN(t),C=-$*g,I=gN(e,C),I<=dN)return s;for(n?(o=I/pN(r,e),o/=Z5($,e)):o=yN(e,C)/Z5($,e),o*=a,mr[0]=1,q=mN(C,e,!0,!0),q/=I,f=s+o*q,c=1,p=g/2,p*=p,h=1,d=4*$*$,l=e,w=1;w<mr.length;++w){for(c+=2,mr[w]=0,y=e-w,v=3,b=1;b<w;++b)y=b*e-w,mr[w]+=y*mr[w-b]/Q5(v),v+=2;if(mr[w]/=w,mr[w]+=m/Q5(c),q=(l*(l+1)*q+(C+l+1)*h)/d,h*=p,l+=2,G=o*mr[w]*q,f+=G,G>1){if(Qe(G)<Qe(Y5*f))break}else if(Qe(G/Y5)<Qe(f))break}return f}J5.exports=IN});var z5=u((NR,j5)=>{"use strict";function AN(r,e,t){var i,s;if(t===0)return 1;for(i=1,s=0;s<t;s++)i*=(r+s)/(e+s);return i}j5.exports=AN});var e9=u((wR,r9)=>{"use strict";var x5=N(),_N=x();function NN(r,e){return _N(x5(r),x5(e))}r9.exports=NN});var i9=u((SR,t9)=>{"use strict";var wN=e9();t9.exports=wN});var n9=u((ER,s9)=>{"use strict";var a9=N(),SN=B();function EN(r,e){return SN(a9(r),a9(e))}s9.exports=EN});var o9=u((OR,u9)=>{"use strict";var ON=n9();u9.exports=ON});var Ye=u((TR,c9)=>{"use strict";var kt=ee(),TN=i9(),FN=o9(),v9=Qr(),qr=j(),f9=D(),Ze=N(),Q=S(),Z=O(),PN=B(),M=R(),Y=tr(),Wr=Er(),Wt=Mr(),RN=wr();function CN(r,e,t,i,s){var a,n,o,v,c,f,l,m,p,h,y,g,d,I;if(!s)return Z(t,r)*Z(i,e);if(d=r+e,v=r+Wt-.5,c=e+Wt-.5,f=d+Wt-.5,a=kt(d),a/=kt(r)*kt(e),a*=f9(c/RN),a*=f9(v/f),l=(t*e-i*v)/v,m=(i*r-t*c)/c,FN(l,m)<.2)if(l*m>0||PN(r,e)<1)Ze(l)<.1?a*=Q(r*qr(l)):a*=Z(t*f/v,r),Ze(m)<.1?a*=Q(e*qr(m)):a*=Z(i*f/c,e);else if(TN(l,m)<.5)n=r<e,o=e/r,n&&o*m<.1||!n&&l/o>.1?(p=v9(o*qr(m)),p=l+p+p*l,p=r*qr(p),a*=Q(p)):(p=v9(qr(l)/o),p=m+p+p*m,p=e*qr(p),a*=Q(p));else if(Ze(l)<Ze(m))if(I=r*qr(l)+e*M(i*f/c),I<=Wr||I>=Y){if(I+=M(a),I>=Y)return NaN;a=Q(I)}else a*=Q(I);else if(I=e*qr(m)+r*M(t*f/v),I<=Wr||I>=Y){if(I+=M(a),I>=Y)return NaN;a=Q(I)}else a*=Q(I);else if(y=t*f/v,g=i*f/c,l=r*M(y),m=e*M(g),l>=Y||l<=Wr||m>=Y||m<=Wr)if(r<e)if(h=Z(g,e/r),p=r*(M(y)+M(h)),p<Y&&p>Wr)a*=Z(h*y,r);else{if(m+=l+M(a),m>=Y)return NaN;a=Q(m)}else if(h=Z(y,r/e),p=(M(h)+M(g))*e,p<Y&&p>Wr)a*=Z(h*g,e);else{if(m+=l+M(a),m>=Y)return NaN;a=Q(m)}else a*=Z(y,r)*Z(g,e);return a}c9.exports=CN});var p9=u((FR,l9)=>{"use strict";var LN=Ct(),bN=Ye(),MN={keep:!0,maxIter:1e3};function HN(r,e,t,i){var s=0;return a;function a(){var n,o,v;return o=(r+s-1)*(r+e+s-1)*s*(e-s)*t*t,n=r+2*s-1,o/=n*n,v=s,v+=s*(e-s)*t/(r+2*s-1),v+=(r+s)*(r*i-e*t+1+s*(2-t))/(r+2*s+1),s+=1,[o,v]}}function GN(r,e,t,i,s,a){var n,o,v;return n=bN(r,e,t,i,s),a&&(a[1]=n),n===0?n:(v=HN(r,e,t,i),o=LN(v,MN),n/o)}l9.exports=GN});var q9=u((PR,m9)=>{"use strict";var $N=9007199254740991;m9.exports=$N});var d9=u((RR,h9)=>{"use strict";function DN(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}h9.exports=DN});var g9=u((CR,y9)=>{"use strict";function kN(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}y9.exports=kN});var E9=u((LR,S9)=>{"use strict";var I9=A(),A9=Nr(),_9=_(),N9=P(),w9=at(),WN=d9(),UN=g9();function BN(r,e){return I9(r)||I9(e)?NaN:r===_9||e===_9||r===N9||e===N9?NaN:A9(r)&&A9(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=w9&&e<=w9?WN(r,e):UN(r,e)):NaN}S9.exports=BN});var T9=u((bR,O9)=>{"use strict";var XN=E9();O9.exports=XN});var C9=u((MR,R9)=>{"use strict";var VN=q9(),QN=_(),F9=Nr(),P9=A(),ZN=_e(),YN=F(),JN=T9();function Ut(r,e){var t,i,s,a,n,o,v;if(P9(r)||P9(e))return NaN;if(!F9(r)||!F9(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,ZN(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=YN(VN/r),t=1,n=1;n<=e&&!(t>v);n++)t*=r,t/=n,r-=1;return n>e?i*t:(s=Ut(r,e-n+1),s===QN?i*s:(a=Ut(e,e-n+1),o=JN(s,a),s/=o,a/=o,t/=a,i*t*s))}R9.exports=Ut});var b9=u((HR,L9)=>{"use strict";var KN=C9();L9.exports=KN});var G9=u((GR,H9)=>{"use strict";var M9=b9(),Or=F(),ue=O(),jN=Cr();function zN(r,e,t,i){var s,a,n,o,v;if(a=ue(t,r),a>jN)for(o=a,v=Or(r-1);v>e;v--)o*=(v+1)*i/((r-v)*t),a+=o;else if(n=Or(r*t),n<=e+1&&(n=Or(e+2)),a=ue(t,n)*ue(i,r-n),a*=M9(Or(r),Or(n)),a===0)for(v=n-1;v>e;v--)a+=ue(t,v)*ue(i,r-v),a*=M9(Or(r),Or(v));else{for(o=a,s=a,v=n-1;v>e;v--)o*=(v+1)*i/((r-v)*t),a+=o;for(o=s,v=n+1;v<=r;v++)o*=(r-v+1)*t/(v*i),a+=o}return a}H9.exports=zN});var D9=u(($R,$9)=>{"use strict";var xN=Ye();function rw(r,e,t,i,s,a,n){var o,v,c,f;if(o=xN(r,e,t,i,a),n&&(n[1]=o),o/=r,o===0)return o;for(c=1,v=1,f=0;f<s-1;++f)v*=(r+e+f)*t/(r+f+1),c+=v;return o*=c,o}$9.exports=rw});var X9=u((DR,B9)=>{"use strict";var Bt=ee(),ew=Gr(),tw=j(),iw=D(),Xt=S(),Je=O(),oe=R(),aw=Cr(),k9=tr(),W9=Er(),Vt=Mr(),sw=wr(),U9={maxTerms:100};function nw(r,e,t,i){var s=1-e,a=1;return n;function n(){var o=i/r;return r+=1,i*=s*t/a,a+=1,s+=1,o}}function uw(r,e,t,i,s,a,n){var o,v,c,f,l,m,p,h;return s?(p=r+e,v=r+Vt-.5,c=e+Vt-.5,f=p+Vt-.5,o=Bt(p)/(Bt(r)*Bt(e)),l=oe(f/c)*(e-.5),m=oe(t*f/v)*r,l>W9&&l<k9&&m>W9&&m<k9?(r*e<c*10?o*=Xt((e-.5)*tw(r/c)):o*=Je(f/c,e-.5),o*=Je(t*f/v,r),o*=iw(v/sw),a&&(a[1]=o*Je(n,e))):(o=oe(o)+l+m+(oe(v)-1)/2,a&&(a[1]=Xt(o+e*oe(n))),o=Xt(o))):o=Je(t,r),o<aw?i:(h=nw(r,e,t,o),U9.initialValue=i,ew(h,U9))}B9.exports=uw});var Yt=u((kR,j9)=>{"use strict";var ow=A(),vw=Qr(),Ke=F(),V9=j(),Q9=H1(),H=o2(),Qt=D(),fw=S(),ve=O(),cw=x(),Z9=B(),je=Oe(),Y9=Cr(),lw=at(),pw=O2(),K9=br(),hr=K5(),Zt=z5(),mw=Ye(),J9=p9(),qw=G9(),fe=D9(),J=X9(),hw=1/K9;function dw(r,e,t,i,s,a,n,o){var v,c,f,l,m,p,h,y,g,d,I,q;if(q=1-r,h=o,y=o+n,a[y]=-1,ow(r)||r<0||r>1)return a[h]=NaN,a[y]=NaN,a;if(i){if(e<0||t<0)return a[h]=NaN,a[y]=NaN,a;if(e===0){if(t===0)return a[h]=NaN,a[y]=NaN,a;if(t>0)return a[h]=s?0:1,a}else if(t===0&&e>0)return a[h]=s?1:0,a}else if(e<=0||t<=0)return a[h]=NaN,a[y]=NaN,a;return r===0?(e===1?a[y]=1:a[y]=e<1?je/2:Y9*2,s?(a[h]=i?1:H(e,t),a):(a[h]=0,a)):r===1?(t===1?a[y]=1:a[y]=t<1?je/2:Y9*2,s?a[h]=0:a[h]=i?1:H(e,t),a):e===.5&&t===.5?(a[y]=hw*Qt(q*r),I=Q9(Qt(s?q:r)),I/=pw,i||(I*=K9),a[h]=I,a):(e===1&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),t===1?e===1?(a[h]=s?q:r,a[y]=1,a):(a[y]=e*ve(r,e-1),q<.5?I=s?-vw(e*V9(-q)):fw(e*V9(-q)):I=s?-(ve(r,e)-1):ve(r,e),i||(I/=e),a[h]=I,a):(Z9(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),cw(e,t)<=1?e>=Z9(.2,t)||ve(r,e)<=.9?s?(f=-(i?1:H(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(p=t,t=e,e=p,p=q,q=r,r=p,s=!s,q>=.3?s?(f=-(i?1:H(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(i?c=1:c=Zt(e+t,e,20),f=fe(e,t,r,q,20,i,a),s?(f-=i?1:H(e,t),s=!1,f=-hr(e+20,t,r,q,f,c,i)):f=hr(e+20,t,r,q,f,c,i))):t<=1||r<.1&&ve(t*r,e)<=.7?s?(f=-(i?1:H(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(p=t,t=e,e=p,p=q,q=r,r=p,s=!s,q>=.3?s?(f=-(i?1:H(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):e>=15?s?(f=-(i?1:H(e,t)),s=!1,f=-hr(e,t,r,q,f,1,i)):f=hr(e,t,r,q,0,1,i):(i?c=1:c=Zt(e+t,e,20),f=fe(e,t,r,q,20,i,a),s?(f-=i?1:H(e,t),s=!1,f=-hr(e+20,t,r,q,f,c,i)):f=hr(e+20,t,r,q,f,c,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*q-t,v<0&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),t<40?Ke(e)===e&&Ke(t)===t&&e<lw-100?(g=e-1,d=t+g,f=qw(d,g,r,q),i||(f*=H(e,t))):t*r<=.7?s?(f=-(i?1:H(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):e>15?(d=Ke(t),d===t&&(d-=1),l=t-d,i?c=1:c=Zt(e+l,l,d),f=fe(l,e,q,r,d,i),f=hr(e,l,r,q,f,1,i),f/=c):i?(d=Ke(t),l=t-d,l<=0&&(d-=1,l+=1),f=fe(l,e,q,r,d,i),f+=fe(e,l,r,q,20,i),s&&(f-=1),f=hr(e+20,l,r,q,f,1,i),s&&(f=-f,s=!1)):f=J9(e,t,r,q,i,a):f=J9(e,t,r,q,i,a)),a[y]<0&&(a[y]=mw(e,t,r,q,!0)),m=q*r,a[y]!==0&&(je*m<a[y]?a[y]=je/2:a[y]/=m),a[h]=s?(i?1:H(e,t))-f:f,a))}j9.exports=dw});var x9=u((WR,z9)=>{"use strict";var yw=Yt();function gw(r,e,t,i,s){return yw(r,e,t,i,s,[0,0],1,0)}z9.exports=gw});var t7=u((UR,e7)=>{"use strict";var Iw=sr(),r7=x9(),Aw=Yt();Iw(r7,"assign",Aw);e7.exports=r7});var a7=u((BR,i7)=>{"use strict";var _w=t7().assign;function Nw(r,e,t,i,s){var a=[0,0];return i=i!==!1,s=s===!0,_w(r,e,t,i,s,a,1,0),a[0]}i7.exports=Nw});var Jt=u((XR,s7)=>{"use strict";var ww=a7();s7.exports=ww});var u7=u((VR,n7)=>{"use strict";var Sw=gr(),Ew=Jt(),Kt=A(),Ow=F(),Tw=_();function Fw(r,e,t){return Kt(r)||Kt(e)||Kt(t)||t<0||t>1||!Sw(e)||e===Tw?NaN:r<0?0:r>=e?1:(r=Ow(r+1e-7),Ew(t,r+1,e-r,!0,!0))}n7.exports=Fw});var v7=u((QR,o7)=>{"use strict";function Pw(r){return e;function e(){return r}}o7.exports=Pw});var ze=u((ZR,f7)=>{"use strict";var Rw=v7();f7.exports=Rw});var l7=u((YR,c7)=>{"use strict";var Cw=gr(),Lw=ze(),bw=Jt(),jt=A(),Mw=F(),Hw=_();function Gw(r,e){if(jt(r)||jt(e)||e<0||e>1||!Cw(r)||r===Hw)return Lw(NaN);return t;function t(i){return jt(i)?NaN:i<0?0:i>=r?1:(i=Mw(i+1e-7),bw(e,i+1,r-i,!0,!0))}}c7.exports=Gw});var q7=u((JR,m7)=>{"use strict";var $w=sr(),p7=u7(),Dw=l7();$w(p7,"factory",Dw);m7.exports=p7});var d7=u((KR,h7)=>{"use strict";var kw=F();function Ww(r){return kw(r)===r&&r<0}h7.exports=Ww});var g7=u((jR,y7)=>{"use strict";var Uw=d7();y7.exports=Uw});var A7=u((zR,I7)=>{"use strict";var Bw=g7(),Xw=re();function Vw(r){return Bw(r)?NaN:Xw(r+1)}I7.exports=Vw});var zt=u((xR,_7)=>{"use strict";var Qw=A7();_7.exports=Qw});var S7=u((rC,w7)=>{"use strict";var xe=gr(),r0=A(),Zw=S(),ir=zt(),Yw=x(),Jw=B(),N7=_();function Kw(r,e,t,i){var s,a,n,o,v;return r0(r)||r0(e)||r0(t)||r0(i)||!xe(e)||!xe(t)||!xe(i)||e===N7||t===N7||t>e||i>e?NaN:(v=Yw(0,i+t-e),o=Jw(t,i),xe(r)&&v<=r&&r<=o?(a=ir(i)+ir(t)+ir(e-i)+ir(e-t),s=ir(e)+ir(r)+ir(i-r),s+=ir(t-r)+ir(e-t+r-i),n=a-s,Zw(n)):0)}w7.exports=Kw});var T7=u((eC,O7)=>{"use strict";var e0=gr(),t0=A(),jw=ze(),zw=S(),ar=zt(),xw=x(),rS=B(),E7=_();function eS(r,e,t){var i,s;if(t0(r)||t0(e)||t0(t)||!e0(r)||!e0(e)||!e0(t)||r===E7||e===E7||e>r||t>r)return jw(NaN);return s=xw(0,t+e-r),i=rS(e,t),a;function a(n){var o,v,c;return t0(n)?NaN:e0(n)&&s<=n&&n<=i?(v=ar(t)+ar(e)+ar(r-t)+ar(r-e),o=ar(r)+ar(n)+ar(t-n),o+=ar(e-n)+ar(r-e+n-t),c=v-o,zw(c)):0}}O7.exports=eS});var xt=u((tC,P7)=>{"use strict";var tS=sr(),F7=S7(),iS=T7();tS(F7,"factory",iS);P7.exports=F7});var ri=u((iC,R7)=>{"use strict";function aS(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}R7.exports=aS});var M7=u((aC,b7)=>{"use strict";var ei=gr(),i0=A(),sS=Rr(),nS=x(),C7=B(),uS=xt(),L7=_(),oS=K(),vS=ri();function fS(r,e,t,i){var s,a,n,o,v;if(i0(r)||i0(e)||i0(t)||i0(i)||!ei(e)||!ei(t)||!ei(i)||e===L7||t===L7||t>e||i>e)return NaN;if(r=sS(r),r<nS(0,i+t-e))return 0;if(r>=C7(i,t))return 1;for(a=new oS(r+1),a[r]=uS(r,e,t,i),v=r-1;v>=0;v--)n=(v+1)*(e-t-(i-v-1)),s=(t-v)*(i-v),a[v]=n/s*a[v+1];return o=vS(a),C7(o,1)}b7.exports=fS});var D7=u((sC,$7)=>{"use strict";var ti=gr(),a0=A(),cS=ze(),lS=Rr(),pS=x(),H7=B(),mS=xt(),G7=_(),qS=K(),hS=ri();function dS(r,e,t){if(a0(r)||a0(e)||a0(t)||!ti(r)||!ti(e)||!ti(t)||r===G7||e===G7||e>r||t>r)return cS(NaN);return i;function i(s){var a,n,o,v,c;if(a0(s))return NaN;if(s=lS(s),s<pS(0,t+e-r))return 0;if(s>=H7(t,e))return 1;for(n=new qS(s+1),n[s]=mS(s,r,e,t),c=s-1;c>=0;c--)o=(c+1)*(r-e-(t-c-1)),a=(e-c)*(t-c),n[c]=o/a*n[c+1];return v=hS(n),H7(v,1)}}$7.exports=dS});var U7=u((nC,W7)=>{"use strict";var yS=sr(),k7=M7(),gS=D7();yS(k7,"factory",gS);W7.exports=k7});async function Ti(r,e,t,i,s){if(i.mode==="promote")return di(r,e,t,i);let a=await hi(r,e,t,i,s),n=r.state,o=c0(r,f0(e)).service,v=n!==void 0&&(n.status==="switched"||n.status==="paused")&&n.color===f0(e)&&o.desiredCount>0&&v0(o.taskDefinition,n.taskDefinition);return a.kind==="deploy"&&v&&"arn"in a.taskDefinition&&v0(a.taskDefinition.arn,o.taskDefinition)?{kind:"continue",from:"verify",taskDefinitionArn:o.taskDefinition}:a}function Fi(r){let e=r.state;if(!e||!["deploying","paused","switched"].includes(e.status)){let i=e?`the last rollout recorded on the pair is ${e.status} on ${e.color} (${e.taskDefinition})`:"no rollout is recorded on the pair";return{live:e?.previousColor??"blue",plan:{kind:"nothing",reason:`Nothing to abort: ${i}`}}}let t=c0(r,e.color).service.taskDefinition;return{live:e.previousColor,plan:{kind:"continue",from:"verify",taskDefinitionArn:t}}}function e8(r){let e=r.indexOf("targetgroup/");return e>=0?r.slice(e):r}function Pi(r,e){let t=Math.floor(r/6e4)*6e4;return Math.max(60,Math.ceil((e-t)/6e4)*60)}function Ri(r,e,t){return["canary","stable"].flatMap(i=>{let s={LoadBalancer:r,TargetGroup:e8(e[i])},a=(o,v,c)=>({id:`${i}_${o}`,namespace:"AWS/ApplicationELB",metricName:v,dimensions:s,stat:c}),n=[a("requests","RequestCount","Sum"),a("errors","HTTPCode_Target_5XX_Count","Sum"),a("connection_errors","TargetConnectionErrorCount","Sum"),a("p99","TargetResponseTime","p99")];return t!==void 0&&n.push(a("fast","TargetResponseTime",`PR(:${i8(t)})`)),n})}function p0(r,e){let t=f=>r[`${e}_${f}`]??{timestamps:[],values:[]},i=f=>t(f).values.reduce((l,m)=>l+m,0),s=new Map,a=t("requests");a.timestamps.forEach((f,l)=>s.set(f,(s.get(f)??0)+a.values[l]));let n=i("requests"),o={requests:Math.round(n),errors:Math.min(Math.round(i("errors")+i("connection_errors")),Math.round(n))},v=t8(t("p99"),s);v!==void 0&&(o.p99=v);let c=t("fast");return r[`${e}_fast`]&&(o.slow=Math.round(c.timestamps.reduce((f,l,m)=>f+(s.get(l)??0)*(1-c.values[m]/100),0))),o}function t8(r,e){if(r.values.length===0)return;let t=0,i=0;return r.timestamps.forEach((s,a)=>{let n=e.get(s)??0;t+=r.values[a]*n,i+=n}),i>0?t/i:r.values.reduce((s,a)=>s+a,0)/r.values.length}function i8(r){return String(Number(r.toFixed(6)))}function W(r){let e=r*100;return`${e.toFixed(e<10?2:1).replace(/\.0+$|(\.\d*?)0+$/,"$1")}%`}function he(r){return r>=1?`${r.toFixed(2)} s`:`${Math.round(r*1e3)} ms`}var B7=si(q7(),1),X7=si(U7(),1);function ii(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return Q7(1-(0,X7.default)(r.hits-1,t,i,r.total))}function V7(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:Q7(1-(0,B7.default)(r.hits-1,r.total,e))}function Q7(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var Ur=r=>r.requests>0?r.errors/r.requests:0;function ai(r,e,t,i){let s=`${Z7("canary",r)}; ${Z7("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${s})`};let a=(f,l)=>`${l} p ${f<1e-4?"< 0.0001":`= ${f.toPrecision(2)}`}, ${f<i?"significant":"not significant"} at ${IS(i)} confidence`,n=[],o=Ur(r);if(o>t.maxErrorRate){let f=V7({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${W(o)} over max-error-rate ${W(t.maxErrorRate)} (${a(f,"exact binomial test")})`;if(f<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${s}`};n.push(l)}if(e.requests>0){let f=o-Ur(e);if(f>t.maxErrorRateIncrease){let l=ii({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${Y7(f)} over stable, more than max-error-rate-increase ${Y7(t.maxErrorRateIncrease)} (${a(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${s}`};n.push(m)}}else n.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${W(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${W(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=ii({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${a(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${s}`};n.push(`${l} (${p})`)}else n.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let c=n.length>0?`; ${n.join("; ")}`:"";return{verdict:"passed",reason:`${s}${c}`}}function Z7(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${he(e.p99)}`;return`${r} ${W(Ur(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function IS(r){return W(1-r)}function Y7(r){return`+${W(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var AS=.05,_S=.001,s0=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,s){this.metrics=e,this.target=t,this.settings=i,this.clock=s}begin(e,t,i,s){let a={requests:0,errors:0,errorRate:0},n=new Date(i).toISOString(),o={step:e,weight:t,start:n,end:n,canary:a,stable:a,verdict:"watching",reason:"no look yet"};this.steps.push(o),this.current={step:o,startedAt:i,endsAt:s,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:s,stable:a}=await this.look(t.startedAt,i,e?.signal),n=t.step;if(n.end=new Date(i).toISOString(),n.canary={...s,errorRate:Ur(s)},n.stable={...a,errorRate:Ur(a)},this.samples.push({at:i,weight:n.weight,canaryErrorRate:n.canary.errorRate,stableErrorRate:n.stable.errorRate}),i<t.endsAt){let o=ai(s,a,this.settings,_S);return o.verdict==="failed"?this.record("failed",o):{state:"passed",observed:o.reason}}return this.conclude(ai(s,a,this.settings,AS))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:s,targetGroups:a}=this.target,n=await this.metrics.metricData(Ri(s,a,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:Pi(e,t)},i),o=p0(n,"canary"),v=p0(n,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:o,stable:v}}};function J7(r){return["deploy","verify",...Array.from({length:r},(e,t)=>`step-${t+1}`),"full","bake","scale-down"]}function K7(r,e,t){let i=r.findIndex(s=>t?s.weight>e:s.weight>=e);return i<0?r.length:i}var ce=class extends gi{analysis;stepIndex=0;planned;fullCount;constructor(e,t,i,s){super(e,t,i,s);let a={canary:this.side(this.target).targetGroupArn,stable:this.side(this.previous).targetGroupArn},n=li(s.pair.rule.listenerArn);this.analysis=new s0(t.metrics,{loadBalancer:n,targetGroups:a},e,i.clock),this.planned=this.router.percentByColor()[this.target];let{plan:o}=s;this.fullCount=o.kind==="deploy"?o.desiredCount:this.side(this.previous).service.desiredCount}async run(e){let{rollout:t,roles:i,options:s}=this,{plan:a}=i;this.begin();let n=a.kind==="continue"&&a.from==="verify",o=[];if(s.mode==="abort")a.kind==="nothing"?t.say(a.reason):o.push({name:"abort",run:()=>this.abort()});else{if(e&&!n&&o.push({name:"restore",run:()=>this.router.restore(i.live,i.pair.state?.run??"")}),a.kind==="nothing"&&t.say(a.reason),a.kind==="continue"&&a.from!=="verify"){let l=a.from;o.push({name:l,run:()=>this.resume(l)}),l==="bake"&&o.push(this.bakeStep())}(a.kind==="deploy"||n)&&o.push(...this.canarySteps(a.kind==="deploy")),a.kind!=="nothing"&&o.push({name:"scale-down",run:()=>this.scaleDown()})}let v=await t.run(o);return{report:{...await this.end("canary",v,s),action:"canary",canaryColor:this.target,weight:this.router.percentByColor()[this.target],step:this.stepIndex,analysis:this.analysis.steps},timeline:t.timeline,gates:t.gates,samples:this.analysis.samples}}canarySteps(e){let{options:t,roles:i}=this,s=i.pair.state,a=e?0:K7(t.steps,this.planned,s?.status==="paused"),n=t.mode==="deploy"||t.mode==="promote"&&t.promote==="step",o=[{name:"deploy",run:()=>this.deploy(this.countFor(t.steps[0]?.weight??100))},{name:"verify",run:()=>this.verify(e)}];return t.steps.slice(a).forEach((v,c)=>{let f=a+c;o.push({name:`step-${f+1}`,run:()=>this.canaryStep(f)}),n&&c===0&&o.push({name:"pause",run:()=>this.pause()})}),o.push({name:"full",run:()=>this.full()},this.bakeStep()),o}stateOf(e){let t=J7(this.options.steps.length),i=this.rollout.current==="pause"?`step-${this.stepIndex}`:this.rollout.current,s=this.router.percentByColor(),a=e==="switched"?this.planned:e==="succeeded"?100:s[this.target];return{status:e,taskDefinition:this.deployment.taskDefinitionArn,previousTaskDefinition:this.side(this.previous).service.taskDefinition,step:yi(t,i,e),weights:{[this.target]:a,[this.previous]:100-a},previousColor:this.previous,run:this.options.run,updatedAt:new Date(this.context.clock.now()).toISOString()}}async verify(e){await this.recheck(),!e&&this.planned>0&&(this.router.moved=!0);let{readiness:t,probes:i,command:s}=this.gates(),a=e?[[...t,...i],s]:[[...t,...i]],n=await this.deployment.verify(a,e?"before the first shift":"before continuing");this.note("verify",`${this.label(this.target)} passed ${n.join(", ")}`)}async canaryStep(e){let{weight:t,durationMs:i}=this.options.steps[e],s=`at step ${e+1} (${t}%) on ${this.label(this.target)}`;await this.capacityFor(t),await this.move(e+1,t),this.note("analysis",`step ${e+1}: ${t}% of production traffic for ${Tr(i)}`);let a=this.context.clock.now();this.analysis.begin(e+1,t,a,a+i);let n=this.options.onInconclusive==="extend"?this.options.waitTimeoutMs:0,o=await this.deployment.bake(this.watched(),i+n,!0,{phase:`step ${e+1}`,timedAs:`step${e+1}`,settled:()=>this.analysis.settled});if(!o.ok)throw new qe(o,s);if(!this.analysis.settled){let v=`no verdict within wait-timeout ${Tr(n)} after the step's ${Tr(i)}`,c=this.analysis.inconclusive(v);throw new qe({ok:!1,cause:"gate",gate:"analysis",reason:c},s)}}async pause(){return await this.state.save("paused",this.context.signal),{status:"paused",reason:`${this.label(this.target)} runs ${this.deployment.taskDefinitionArn} and takes ${this.planned}% of production traffic after step ${this.stepIndex} of ${this.options.steps.length} passed its analysis; ${this.label(this.previous)} takes the rest until mode promote`}}async full(){await this.capacityFor(100),this.rollout.durations.switchSeconds=l0(await this.move(this.options.steps.length+1,100))}bakeStep(){return{name:"bake",run:()=>this.bake()}}async bake(){let{options:e,rollout:t,deployment:i}=this;if(e.bakeTimeMs>0){this.note("bake",`watching ${this.label(this.target)} for ${Tr(e.bakeTimeMs)}`);let a=this.context.clock.now();this.analysis.begin(this.stepIndex,100,a,Number.POSITIVE_INFINITY);let n=await i.bake(this.watched(),e.bakeTimeMs,!0);if(!n.ok)throw new qe(n,`at 100% on ${this.label(this.target)}`)}t.commit(),await this.state.saveOrWarn("succeeded");let s=this.analysis.steps.filter(a=>a.weight<100).length;t.say(`${this.label(this.target)} serves ${i.taskDefinitionArn} after ${s} judged canary steps and ${Tr(e.bakeTimeMs)} of bake-time`)}async abort(){let{router:e,context:t}=this,[i,s]=[this.label(this.previous),this.label(this.target)],a=[`aborted the rollout of ${this.deployment.taskDefinitionArn} on ${s}`];e.percentByColor()[this.target]>0?(await e.checkCanServe(this.previous),this.rollout.durations.rollbackSeconds=l0(await e.shift(this.target,this.previous,0)),e.switchedBackAt=t.clock.now(),a.push(`traffic switched back to ${i}`)):a.push(`production traffic stayed on ${i}`);let n=await this.capacity.undo(this.target).run({reason:"abort",cause:"gate"},{stop:!1,cancelled:!1});return await this.state.save("rolled-back"),{status:"rolled-back",reason:`${a.join("; ")}${n.said}`}}async move(e,t){return this.stepIndex=e,this.planned=t,await this.state.save("switched",this.context.signal),this.router.shift(this.target,this.previous,t,this.context.signal)}async capacityFor(e){let t=this.countFor(e);t<=this.deployment.expectedCount||(await this.deployment.scale(t),await this.follow())}countFor(e){return this.options.canaryScale==="full"?this.fullCount:Math.min(this.fullCount,Math.max(1,Math.ceil(e/100*this.fullCount)))}watched(){let{readiness:e,probes:t}=this.gates();return[...e,...t,this.analysis]}};async function j7(r,e,t){let i=await pi(e,r),s=r.testListenerRule?await mi(e.rules,i,r.testListenerRule):void 0;if(r.mode==="abort"){let{live:v,plan:c}=Fi(i);return new ce(r,e,t,{pair:i,testRule:s,live:v,plan:c}).run(!1)}let{live:a,restore:n}=qi(i);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");let o=await Ti(i,a,n,r,e.ecs);return await ci(e.cloudwatch,r.alarms),new ce(r,e,t,{pair:i,testRule:s,live:a,plan:o}).run(n)}function z7(r,e){return r.length===0?[]:[...NS(r),...SS(e)]}function NS(r){let e=i=>i.requests===0?"-":`${W(i.errorRate)} (${i.errors}/${i.requests})`,t=i=>i.p99===void 0?"-":he(i.p99);return["### Canary steps","","| step | weight | window | canary errors | stable errors | canary p99 | stable p99 | verdict |","|---|---|---|---|---|---|---|---|",...r.map(i=>{let s=n0(Date.parse(i.end)-Date.parse(i.start));return`| ${[String(i.step),`${i.weight}%`,`${i.start.slice(11,19)} +${s}`,e(i.canary),e(i.stable),t(i.canary),t(i.stable),`${i.verdict}: ${Ii(i.reason)}`].join(" | ")} |`}),""]}var wS=40;function SS(r){if(r.length<2)return[];let e=Math.ceil(r.length/wS),t=r.filter((n,o)=>o%e===0||o===r.length-1),i=t[0].at,s=n=>Number(n.toFixed(2)),a=n=>`    line [${n.map(s).join(", ")}]`;return["```mermaid","xychart-beta",'    title "Canary weight, canary error rate, stable error rate (%)"',`    x-axis [${t.map(n=>`"+${n0(n.at-i)}"`).join(", ")}]`,'    y-axis "percent" 0 --> 100',a(t.map(n=>n.weight)),a(t.map(n=>n.canaryErrorRate*100)),a(t.map(n=>n.stableErrorRate*100)),"```","","Lines, in order: the canary weight, the canary error rate and the stable error rate (both over the window of the step they belong to).",""]}var x7=20,ES=r=>{let e=r.split(/[,\n]/).map(i=>i.trim()).filter(i=>i!==""),t=[];for(let[i,s]of e.entries()){let a=/^(\d+(?:\.\d+)?)\s*%?\s*(?:@\s*(.+))?$/.exec(s),n=f=>new Error(`item ${le(s)}: ${f}`);if(!a)throw n("not a weight (1 to 99) with an optional @duration, e.g. 10@2m");let o=Number(a[1]),v=a[2]===void 0?void 0:ni(a[2]);if(a[2]!==void 0&&v===void 0)throw n(`${le(a[2])} is not a duration (examples: 90s, 5m, 1h)`);if(o===100&&i===e.length-1&&a[2]===void 0)continue;if(!Number.isInteger(o)||o<1||o>99)throw n("the weight must be a whole percentage from 1 to 99 (100% comes last, after the steps)");let c=t.at(-1);if(c&&o<=c.weight)throw n(`weights must increase, and ${o} does not follow ${c.weight}`);if(v!==void 0&&v<1e3)throw n("a step lasts at least 1s");t.push({weight:o,durationMs:v})}if(t.length>x7)throw new Error(`has ${t.length} steps; at most ${x7}`);return t},OS=r=>{let e=/^(\d+(\.\d+)?)\s*%?$/.exec(r),t=e?Number(e[1]):NaN;if(!(t>=0&&t<=1e3))throw new Error(`${le(r)} is not a percentage from 0 to 1000`);return t},TS={...Oi,...Ni,mode:T("mode","full",dr(["full","deploy","promote","abort"])),promote:T("promote","step",dr(["step","full"])),desiredCount:pe("desired-count",_i),steps:T("steps","10, 25, 50",ES),stepTime:T("step-time","5m",u0({min:1e3})),canaryScale:T("canary-scale","full",dr(["full","proportional"])),maxErrorRate:T("max-error-rate","5%",o0),maxErrorRateIncrease:T("max-error-rate-increase","1",o0),maxLatencyIncrease:T("max-latency-increase","50%",OS),minRequests:T("min-requests","100",vi({min:1})),onInconclusive:T("on-inconclusive","extend",dr(["extend","fail","pass"])),...wi,healthCheckUrl:pe("health-check-url",fi),verifyCommand:pe("verify-command",oi),bakeTime:T("bake-time","5m",u0()),scaleDown:T("scale-down","after-bake",dr(["after-bake","never"])),onFailure:T("on-failure","rollback",dr(["rollback","stop"]))};function FS(r,e=process.env){let t=ui(TS,r),i=Si(t,e.GITHUB_WORKSPACE??"."),s=t.mode==="promote"||t.mode==="abort";if(s){if(i&&(i.kind!=="arn"||t.mode==="abort")){let a=i.kind==="file"?"task-definition":i.kind==="image"?"image":"task-definition-arn";throw me([`${a} is not used with mode ${t.mode}, which acts on the rollout in progress${t.mode==="promote"?" (task-definition-arn may name it, as a check)":""}`])}if(t.desiredCount!==void 0)throw me([`desired-count is not used with mode ${t.mode}`])}else if(!i)throw me([`task-definition, task-definition-arn or image (with container) is required with mode ${t.mode}`]);return{cluster:t.cluster,blueService:t.blueService,greenService:t.greenService,listenerRule:t.listenerRule,testListenerRule:t.testListenerRule,mode:t.mode,promote:t.promote,taskDefinition:s?void 0:i,allowFamilyChange:t.allowFamilyChange,expectedTaskDefinitionArn:t.mode==="promote"?t.taskDefinitionArn:void 0,desiredCount:t.desiredCount,steps:t.steps.map(a=>({weight:a.weight,durationMs:a.durationMs??t.stepTime})),canaryScale:t.canaryScale,maxErrorRate:t.maxErrorRate/100,maxErrorRateIncrease:t.maxErrorRateIncrease/100,maxLatencyIncrease:t.maxLatencyIncrease/100,minRequests:t.minRequests,onInconclusive:t.onInconclusive,alarms:t.alarms,healthCheckUrl:t.healthCheckUrl,verifyCommand:t.verifyCommand,bakeTimeMs:t.bakeTime,scaleDown:t.scaleDown,waitTimeoutMs:t.waitTimeout,pollIntervalMs:t.pollInterval,onFailure:t.onFailure,run:Ei(e)}}var PS={full:"deploy",deploy:"deploy",promote:"promotion",abort:"abort"},RS={name:"Canary",options:r=>FS(r),deploy:async(r,e,t)=>{let i=await j7(r,e,t);return{...i,details:z7(i.report.analysis,i.samples)}},title:r=>`Canary ${PS[r.mode]} of ${r.blueService} / ${r.greenService}`,outputs:r=>({status:r.status,"live-color":r.liveColor,"canary-color":r.canaryColor,"previous-color":r.previousColor,weight:String(r.weight),step:String(r.step),"task-definition-arn":r.taskDefinitionArn,"previous-task-definition-arn":r.previousTaskDefinitionArn,analysis:r.analysis,rollout:r}),facts:r=>{let e=t=>t==="blue"?r.blueService:r.greenService;return[["Cluster",r.cluster],["Listener rule",r.listenerRule],["Live",`${r.liveColor} (${e(r.liveColor)})`],["Canary",`${r.canaryColor} (${e(r.canaryColor)}) at ${r.weight}%, step ${r.step}`],["Task definition",r.taskDefinitionArn],["Previous task definition",r.previousTaskDefinitionArn],["Switched at",r.switchedAt],["Switched back at",r.switchedBackAt],["Mode",r.mode]]}},r8=r=>Ai(RS,r);await r8();
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
