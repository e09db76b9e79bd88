import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as u0,b as o0,c as fi,d as ci,e as li,f as pi,g as mi,h as qi}from"../shared/chunk-KLAT2UDE.js";import{C as n0,E as v0,K as pe,O as hi,P as di,Q as yi,R as gi,S as Ii,U as Ai,V as _i,Y as Ni,Z as Si,_ as wi,a as ii,b as Or,c as a0,g as le,i as ai,j as $,k as si,m as ni,n as ui,o as s0,q as Ur,r as oi,t as vi}from"../shared/chunk-ZFVU3XU2.js";import"../shared/chunk-7WUM4RUY.js";import"../shared/chunk-VPA6IIEN.js";import"../shared/chunk-TNAXB3I4.js";import"../shared/chunk-YMBTFCUV.js";import"../shared/chunk-MJLJIAAH.js";import"../shared/chunk-X6UUWIRH.js";import"../shared/chunk-SMVPF4N4.js";import{b as u,c as ti}from"../shared/chunk-XTI4HEAM.js";var Ri=u((Mw,Pi)=>{"use strict";var t8=typeof Object.defineProperty=="function"?Object.defineProperty:null;Pi.exports=t8});var Ci=u((Hw,Li)=>{"use strict";var i8=Ri();function a8(){try{return i8({},"x",{}),!0}catch{return!1}}Li.exports=a8});var Mi=u((Gw,bi)=>{"use strict";var s8=Object.defineProperty;bi.exports=s8});var c0=u(($w,Hi)=>{"use strict";function n8(r){return typeof r=="number"}Hi.exports=n8});var l0=u((Dw,$i)=>{"use strict";function u8(r){return r[0]==="-"}function Gi(r){var e="",t;for(t=0;t<r;t++)e+="0";return e}function o8(r,e,t){var i=!1,s=e-r.length;return s<0||(u8(r)&&(i=!0,r=r.substr(1)),r=t?r+Gi(s):Gi(s)+r,i&&(r="-"+r)),r}$i.exports=o8});var Ui=u((Ww,ki)=>{"use strict";var v8=c0(),Di=l0(),f8=String.prototype.toLowerCase,Wi=String.prototype.toUpperCase;function c8(r){var e,t,i;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;default:e=10;break}if(t=r.arg,i=parseInt(t,10),!isFinite(i)){if(!v8(t))throw new Error("invalid integer. Value: "+t);i=0}return i<0&&(r.specifier==="u"||e!==10)&&(i=4294967295+i+1),i<0?(t=(-i).toString(e),r.precision&&(t=Di(t,r.precision,r.padRight)),t="-"+t):(t=i.toString(e),!i&&!r.precision?t="":r.precision&&(t=Di(t,r.precision,r.padRight)),r.sign&&(t=r.sign+t)),e===16&&(r.alternate&&(t="0x"+t),t=r.specifier===Wi.call(r.specifier)?Wi.call(t):f8.call(t)),e===8&&r.alternate&&t.charAt(0)!=="0"&&(t="0"+t),t}ki.exports=c8});var Xi=u((kw,Bi)=>{"use strict";function l8(r){return typeof r=="string"}Bi.exports=l8});var Zi=u((Uw,Qi)=>{"use strict";var p8=Math.abs,m8=String.prototype.toLowerCase,Vi=String.prototype.toUpperCase,dr=String.prototype.replace,q8=/e\+(\d)$/,h8=/e-(\d)$/,d8=/^(\d+)$/,y8=/^(\d+)e/,g8=/\.0$/,I8=/\.0*e/,A8=/(\..*[^0])0*e/;function _8(r,e){var t,i;switch(e.specifier){case"e":case"E":i=r.toExponential(e.precision);break;case"f":case"F":i=r.toFixed(e.precision);break;case"g":case"G":p8(r)<1e-4?(t=e.precision,t>0&&(t-=1),i=r.toExponential(t)):i=r.toPrecision(e.precision),e.alternate||(i=dr.call(i,A8,"$1e"),i=dr.call(i,I8,"e"),i=dr.call(i,g8,""));break;default:throw new Error("invalid double notation. Value: "+e.specifier)}return i=dr.call(i,q8,"e+0$1"),i=dr.call(i,h8,"e-0$1"),e.alternate&&(i=dr.call(i,d8,"$1."),i=dr.call(i,y8,"$1.e")),r>=0&&e.sign&&(i=e.sign+i),i=e.specifier===Vi.call(e.specifier)?Vi.call(i):m8.call(i),i}Qi.exports=_8});var Ki=u((Bw,Ji)=>{"use strict";function Yi(r){var e="",t;for(t=0;t<r;t++)e+=" ";return e}function N8(r,e,t){var i=e-r.length;return i<0||(r=t?r+Yi(i):Yi(i)+r),r}Ji.exports=N8});var zi=u((Xw,ji)=>{"use strict";var S8=Ui(),w8=Xi(),E8=c0(),O8=Zi(),F8=Ki(),T8=l0(),P8=String.fromCharCode,R8=Array.isArray;function qe(r){return r!==r}function L8(r){var e={};return e.specifier=r.specifier,e.precision=r.precision===void 0?1:r.precision,e.width=r.width,e.flags=r.flags||"",e.mapping=r.mapping,e}function C8(r){var e,t,i,s,a,n,o,v,c,f;if(!R8(r))throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.");for(n="",o=1,c=0;c<r.length;c++)if(i=r[c],w8(i))n+=i;else{if(e=i.precision!==void 0,i=L8(i),!i.specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+c+"`. Value: `"+i+"`.");for(i.mapping&&(o=i.mapping),t=i.flags,f=0;f<t.length;f++)switch(s=t.charAt(f),s){case" ":i.sign=" ";break;case"+":i.sign="+";break;case"-":i.padRight=!0,i.padZeros=!1;break;case"0":i.padZeros=t.indexOf("-")<0;break;case"#":i.alternate=!0;break;default:throw new Error("invalid flag: "+s)}if(i.width==="*"){if(i.width=parseInt(arguments[o],10),o+=1,qe(i.width))throw new TypeError("the argument for * width at position "+o+" is not a number. Value: `"+i.width+"`.");i.width<0&&(i.padRight=!0,i.width=-i.width)}if(e&&i.precision==="*"){if(i.precision=parseInt(arguments[o],10),o+=1,qe(i.precision))throw new TypeError("the argument for * precision at position "+o+" is not a number. Value: `"+i.precision+"`.");i.precision<0&&(i.precision=1,e=!1)}switch(i.arg=arguments[o],i.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":e&&(i.padZeros=!1),i.arg=S8(i);break;case"s":i.maxWidth=e?i.precision:-1,i.arg=String(i.arg);break;case"c":if(!qe(i.arg)){if(a=parseInt(i.arg,10),a<0||a>127)throw new Error("invalid character code. Value: "+i.arg);i.arg=qe(a)?String(i.arg):P8(a)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(e||(i.precision=6),v=parseFloat(i.arg),!isFinite(v)){if(!E8(i.arg))throw new Error("invalid floating-point number. Value: "+n);v=i.arg,i.padZeros=!1}i.arg=O8(v,i);break;default:throw new Error("invalid specifier: "+i.specifier)}i.maxWidth>=0&&i.arg.length>i.maxWidth&&(i.arg=i.arg.substring(0,i.maxWidth)),i.padZeros?i.arg=T8(i.arg,i.width||i.precision,i.padRight):i.width&&(i.arg=F8(i.arg,i.width,i.padRight)),n+=i.arg||"",o+=1}return n}ji.exports=C8});var ra=u((Vw,xi)=>{"use strict";var b8=zi();xi.exports=b8});var ta=u((Qw,ea)=>{"use strict";var he=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function M8(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};return r[4]==="."&&r[5]===void 0&&(e.precision="1"),e}function H8(r){var e,t,i,s;for(t=[],s=0,i=he.exec(r);i;)e=r.slice(s,he.lastIndex-i[0].length),e.length&&t.push(e),i[6]==="%"?t.push("%"):t.push(M8(i)),s=he.lastIndex,i=he.exec(r);return e=r.slice(s),e.length&&t.push(e),t}ea.exports=H8});var aa=u((Zw,ia)=>{"use strict";var G8=ta();ia.exports=G8});var na=u((Yw,sa)=>{"use strict";function $8(r){return typeof r=="string"}sa.exports=$8});var va=u((Jw,oa)=>{"use strict";var D8=ra(),W8=aa(),k8=na();function ua(r){var e,t;if(!k8(r))throw new TypeError(ua("invalid argument. First argument must be a string. Value: `%s`.",r));for(e=[W8(r)],t=1;t<arguments.length;t++)e.push(arguments[t]);return D8.apply(null,e)}oa.exports=ua});var ca=u((Kw,fa)=>{"use strict";var U8=va();fa.exports=U8});var da=u((jw,ha)=>{"use strict";var la=ca(),Fr=Object.prototype,pa=Fr.toString,ma=Fr.__defineGetter__,qa=Fr.__defineSetter__,B8=Fr.__lookupGetter__,X8=Fr.__lookupSetter__;function V8(r,e,t){var i,s,a,n;if(typeof r!="object"||r===null||pa.call(r)==="[object Array]")throw new TypeError(la("invalid argument. First argument must be an object. Value: `%s`.",r));if(typeof t!="object"||t===null||pa.call(t)==="[object Array]")throw new TypeError(la("invalid argument. Property descriptor must be an object. Value: `%s`.",t));if(s="value"in t,s&&(B8.call(r,e)||X8.call(r,e)?(i=r.__proto__,r.__proto__=Fr,delete r[e],r[e]=t.value,r.__proto__=i):r[e]=t.value),a="get"in t,n="set"in t,s&&(a||n))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return a&&ma&&ma.call(r,e,t.get),n&&qa&&qa.call(r,e,t.set),r}ha.exports=V8});var ga=u((zw,ya)=>{"use strict";var Q8=Ci(),Z8=Mi(),Y8=da(),p0;Q8()?p0=Z8:p0=Y8;ya.exports=p0});var Aa=u((xw,Ia)=>{"use strict";var J8=ga();function K8(r,e,t){J8(r,e,{configurable:!1,enumerable:!1,writable:!1,value:t})}Ia.exports=K8});var sr=u((rE,_a)=>{"use strict";var j8=Aa();_a.exports=j8});var Sa=u((eE,Na)=>{"use strict";var z8=Math.floor;Na.exports=z8});var F=u((tE,wa)=>{"use strict";var x8=Sa();wa.exports=x8});var Oa=u((iE,Ea)=>{"use strict";var rf=F();function ef(r){return rf(r)===r&&r>=0}Ea.exports=ef});var yr=u((aE,Fa)=>{"use strict";var tf=Oa();Fa.exports=tf});var Pa=u((sE,Ta)=>{"use strict";function af(r){return r!==r}Ta.exports=af});var A=u((nE,Ra)=>{"use strict";var sf=Pa();Ra.exports=sf});var Ca=u((uE,La)=>{"use strict";function nf(){return typeof Symbol=="function"&&typeof Symbol("foo")=="symbol"}La.exports=nf});var Ma=u((oE,ba)=>{"use strict";var uf=Ca();ba.exports=uf});var Ga=u((vE,Ha)=>{"use strict";var of=Ma(),vf=of();function ff(){return vf&&typeof Symbol.toStringTag=="symbol"}Ha.exports=ff});var Da=u((fE,$a)=>{"use strict";var cf=Ga();$a.exports=cf});var m0=u((cE,Wa)=>{"use strict";var lf=Object.prototype.toString;Wa.exports=lf});var Ua=u((lE,ka)=>{"use strict";var pf=m0();function mf(r){return pf.call(r)}ka.exports=mf});var Xa=u((pE,Ba)=>{"use strict";var qf=Object.prototype.hasOwnProperty;function hf(r,e){return r==null?!1:qf.call(r,e)}Ba.exports=hf});var Qa=u((mE,Va)=>{"use strict";var df=Xa();Va.exports=df});var Ya=u((qE,Za)=>{"use strict";var yf=typeof Symbol=="function"?Symbol:void 0;Za.exports=yf});var Ka=u((hE,Ja)=>{"use strict";var gf=Ya();Ja.exports=gf});var xa=u((dE,za)=>{"use strict";var ja=Ka(),If=typeof ja=="function"?ja.toStringTag:"";za.exports=If});var es=u((yE,rs)=>{"use strict";var Af=Qa(),Br=xa(),q0=m0();function _f(r){var e,t,i;if(r==null)return q0.call(r);t=r[Br],e=Af(r,Br);try{r[Br]=void 0}catch{return q0.call(r)}return i=q0.call(r),e?r[Br]=t:delete r[Br],i}rs.exports=_f});var Xr=u((gE,ts)=>{"use strict";var Nf=Da(),Sf=Ua(),wf=es(),h0;Nf()?h0=wf:h0=Sf;ts.exports=h0});var as=u((IE,is)=>{"use strict";var Ef=Xr(),Of=typeof Uint32Array=="function";function Ff(r){return Of&&r instanceof Uint32Array||Ef(r)==="[object Uint32Array]"}is.exports=Ff});var ns=u((AE,ss)=>{"use strict";var Tf=as();ss.exports=Tf});var os=u((_E,us)=>{"use strict";var Pf=4294967295;us.exports=Pf});var fs=u((NE,vs)=>{"use strict";var Rf=typeof Uint32Array=="function"?Uint32Array:null;vs.exports=Rf});var ps=u((SE,ls)=>{"use strict";var Lf=ns(),d0=os(),cs=fs();function Cf(){var r,e;if(typeof cs!="function")return!1;try{e=[1,3.14,-3.14,d0+1,d0+2],e=new cs(e),r=Lf(e)&&e[0]===1&&e[1]===3&&e[2]===d0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}ls.exports=Cf});var qs=u((wE,ms)=>{"use strict";var bf=ps();ms.exports=bf});var ds=u((EE,hs)=>{"use strict";var Mf=typeof Uint32Array=="function"?Uint32Array:void 0;hs.exports=Mf});var gs=u((OE,ys)=>{"use strict";function Hf(){throw new Error("not implemented")}ys.exports=Hf});var gr=u((FE,Is)=>{"use strict";var Gf=qs(),$f=ds(),Df=gs(),y0;Gf()?y0=$f:y0=Df;Is.exports=y0});var _s=u((TE,As)=>{"use strict";var Wf=Xr(),kf=typeof Float64Array=="function";function Uf(r){return kf&&r instanceof Float64Array||Wf(r)==="[object Float64Array]"}As.exports=Uf});var Ss=u((PE,Ns)=>{"use strict";var Bf=_s();Ns.exports=Bf});var Es=u((RE,ws)=>{"use strict";var Xf=typeof Float64Array=="function"?Float64Array:null;ws.exports=Xf});var Ts=u((LE,Fs)=>{"use strict";var Vf=Ss(),Os=Es();function Qf(){var r,e;if(typeof Os!="function")return!1;try{e=new Os([1,3.14,-3.14,NaN]),r=Vf(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch{r=!1}return r}Fs.exports=Qf});var Rs=u((CE,Ps)=>{"use strict";var Zf=Ts();Ps.exports=Zf});var Cs=u((bE,Ls)=>{"use strict";var Yf=typeof Float64Array=="function"?Float64Array:void 0;Ls.exports=Yf});var Ms=u((ME,bs)=>{"use strict";function Jf(){throw new Error("not implemented")}bs.exports=Jf});var K=u((HE,Hs)=>{"use strict";var Kf=Rs(),jf=Cs(),zf=Ms(),g0;Kf()?g0=jf:g0=zf;Hs.exports=g0});var $s=u((GE,Gs)=>{"use strict";var xf=Xr(),rc=typeof Uint8Array=="function";function ec(r){return rc&&r instanceof Uint8Array||xf(r)==="[object Uint8Array]"}Gs.exports=ec});var Ws=u(($E,Ds)=>{"use strict";var tc=$s();Ds.exports=tc});var Us=u((DE,ks)=>{"use strict";var ic=255;ks.exports=ic});var Xs=u((WE,Bs)=>{"use strict";var ac=typeof Uint8Array=="function"?Uint8Array:null;Bs.exports=ac});var Zs=u((kE,Qs)=>{"use strict";var sc=Ws(),I0=Us(),Vs=Xs();function nc(){var r,e;if(typeof Vs!="function")return!1;try{e=[1,3.14,-3.14,I0+1,I0+2],e=new Vs(e),r=sc(e)&&e[0]===1&&e[1]===3&&e[2]===I0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}Qs.exports=nc});var Js=u((UE,Ys)=>{"use strict";var uc=Zs();Ys.exports=uc});var js=u((BE,Ks)=>{"use strict";var oc=typeof Uint8Array=="function"?Uint8Array:void 0;Ks.exports=oc});var xs=u((XE,zs)=>{"use strict";function vc(){throw new Error("not implemented")}zs.exports=vc});var en=u((VE,rn)=>{"use strict";var fc=Js(),cc=js(),lc=xs(),A0;fc()?A0=cc:A0=lc;rn.exports=A0});var an=u((QE,tn)=>{"use strict";var pc=Xr(),mc=typeof Uint16Array=="function";function qc(r){return mc&&r instanceof Uint16Array||pc(r)==="[object Uint16Array]"}tn.exports=qc});var nn=u((ZE,sn)=>{"use strict";var hc=an();sn.exports=hc});var on=u((YE,un)=>{"use strict";var dc=65535;un.exports=dc});var fn=u((JE,vn)=>{"use strict";var yc=typeof Uint16Array=="function"?Uint16Array:null;vn.exports=yc});var pn=u((KE,ln)=>{"use strict";var gc=nn(),_0=on(),cn=fn();function Ic(){var r,e;if(typeof cn!="function")return!1;try{e=[1,3.14,-3.14,_0+1,_0+2],e=new cn(e),r=gc(e)&&e[0]===1&&e[1]===3&&e[2]===_0-2&&e[3]===0&&e[4]===1}catch{r=!1}return r}ln.exports=Ic});var qn=u((jE,mn)=>{"use strict";var Ac=pn();mn.exports=Ac});var dn=u((zE,hn)=>{"use strict";var _c=typeof Uint16Array=="function"?Uint16Array:void 0;hn.exports=_c});var gn=u((xE,yn)=>{"use strict";function Nc(){throw new Error("not implemented")}yn.exports=Nc});var An=u((rO,In)=>{"use strict";var Sc=qn(),wc=dn(),Ec=gn(),N0;Sc()?N0=wc:N0=Ec;In.exports=N0});var Nn=u((eO,_n)=>{"use strict";var Oc=en(),Fc=An(),Tc={uint16:Fc,uint8:Oc};_n.exports=Tc});var On=u((tO,En)=>{"use strict";var Sn=Nn(),wn;function Pc(){var r,e;return r=new Sn.uint16(1),r[0]=4660,e=new Sn.uint8(r.buffer),e[0]===52}wn=Pc();En.exports=wn});var Ir=u((iO,Fn)=>{"use strict";var Rc=On();Fn.exports=Rc});var Pn=u((aO,Tn)=>{"use strict";var Lc=Ir(),S0;Lc===!0?S0=1:S0=0;Tn.exports=S0});var Cn=u((sO,Ln)=>{"use strict";var Cc=gr(),bc=K(),Mc=Pn(),Rn=new bc(1),Hc=new Cc(Rn.buffer);function Gc(r){return Rn[0]=r,Hc[Mc]}Ln.exports=Gc});var L=u((nO,bn)=>{"use strict";var $c=Cn();bn.exports=$c});var Hn=u((uO,Mn)=>{"use strict";var Dc=Ir(),w0;Dc===!0?w0=1:w0=0;Mn.exports=w0});var $n=u((oO,Gn)=>{"use strict";var Wc=gr(),kc=K(),Uc=Hn(),E0=new kc(1),Bc=new Wc(E0.buffer);function Xc(r,e){return E0[0]=r,Bc[Uc]=e>>>0,E0[0]}Gn.exports=Xc});var Tr=u((vO,Dn)=>{"use strict";var Vc=$n();Dn.exports=Vc});var Un=u((fO,kn)=>{"use strict";var Qc=Ir(),Wn,O0,F0;Qc===!0?(O0=1,F0=0):(O0=0,F0=1);Wn={HIGH:O0,LOW:F0};kn.exports=Wn});var Zn=u((cO,Qn)=>{"use strict";var Zc=gr(),Yc=K(),Xn=Un(),Vn=new Yc(1),Bn=new Zc(Vn.buffer),Jc=Xn.HIGH,Kc=Xn.LOW;function jc(r,e){return Bn[Jc]=r,Bn[Kc]=e,Vn[0]}Qn.exports=jc});var Vr=u((lO,Yn)=>{"use strict";var zc=Zn();Yn.exports=zc});var _=u((pO,Jn)=>{"use strict";var xc=Number.POSITIVE_INFINITY;Jn.exports=xc});var jn=u((mO,Kn)=>{"use strict";Kn.exports=Number});var xn=u((qO,zn)=>{"use strict";var rl=jn();zn.exports=rl});var T=u((hO,r1)=>{"use strict";var el=xn(),tl=el.NEGATIVE_INFINITY;r1.exports=tl});var nr=u((dO,e1)=>{"use strict";var il=1023;e1.exports=il});var i1=u((yO,t1)=>{"use strict";var al=.34657359027997264;t1.exports=al});var s1=u((gO,a1)=>{"use strict";function sl(r){return r===0?-.03333333333333313:-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-20109921818362437e-23)))}a1.exports=sl});var c1=u((IO,f1)=>{"use strict";var nl=A(),n1=L(),T0=Tr(),ul=Vr(),u1=_(),ol=T(),o1=nr(),vl=i1(),fl=s1(),cl=709.782712893384,P0=.6931471803691238,R0=19082149292705877e-26,v1=1.4426950408889634,ll=38.816242111356935,pl=1.0397207708399179;function ml(r){var e,t,i,s,a,n,o,v,c,f,l,m,p;if(r===u1||nl(r))return r;if(r===ol)return-1;if(r===0)return r;if(r<0?(i=!0,v=-r):(i=!1,v=r),v>=ll){if(i)return-1;if(v>=cl)return u1}if(n=n1(v)|0,v>vl)v<pl?i?(s=r+P0,a=-R0,p=-1):(s=r-P0,a=R0,p=1):(i?p=v1*r-.5:p=v1*r+.5,p|=0,l=p,s=r-l*P0,a=l*R0),r=s-a,f=s-r-a;else{if(n<1016070144)return r;p=0}return e=.5*r,c=r*e,o=1+c*fl(c),l=3-o*e,m=c*((o-l)/(6-r*l)),p===0?r-(r*m-c):(t=ul(o1+p<<20,0),m=r*(m-f)-f,m-=c,p===-1?.5*(r-m)-.5:p===1?r<-.25?-2*(m-(r+.5)):1+2*(r-m):p<=-2||p>56?(v=1-(m-r),p===1024?(s=n1(v)+(p<<20)|0,v=T0(v,s)):v*=t,v-1):(l=1,p<20?(s=1072693248-(2097152>>p)|0,l=T0(l,s),v=l-(m-r)):(s=o1-p<<20|0,l=T0(l,s),v=r-(m+l),v+=1),v*=t,v))}f1.exports=ml});var Qr=u((AO,l1)=>{"use strict";var ql=c1();l1.exports=ql});var m1=u((_O,p1)=>{"use strict";function hl(r){return r===0?.6666666666666735:.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}p1.exports=hl});var g1=u((NO,y1)=>{"use strict";var dl=A(),q1=L(),h1=Tr(),yl=_(),gl=T(),d1=nr(),Il=m1(),L0=.6931471803691238,C0=19082149292705877e-26,Al=.41421356237309503,_l=-.2928932188134525,Nl=1862645149230957e-24,Sl=5551115123125783e-32,wl=9007199254740992,El=.6666666666666666;function Ol(r){var e,t,i,s,a,n,o,v,c,f;if(r<-1||dl(r))return NaN;if(r===-1)return gl;if(r===yl||r===0)return r;if(r<0?i=-r:i=r,f=1,i<Al){if(i<Nl)return i<Sl?r:r-r*r*.5;r>_l&&(f=0,s=r,t=1)}return f!==0&&(i<wl?(c=1+r,t=q1(c),f=(t>>20)-d1,f>0?a=1-(c-r):a=r-(c-1),a/=c):(c=r,t=q1(c),f=(t>>20)-d1,a=0),t&=1048575,t<434334?c=h1(c,t|1072693248):(f+=1,c=h1(c,t|1071644672),t=1048576-t>>2),s=c-1),e=.5*s*s,t===0?s===0?(a+=f*C0,f*L0+a):(v=e*(1-El*s),f*L0-(v-(f*C0+a)-s)):(n=s/(2+s),o=n*n,v=o*Il(o),f===0?s-(e-n*(e+v)):f*L0-(e-(n*(e+v)+(f*C0+a))-s))}y1.exports=Ol});var j=u((SO,I1)=>{"use strict";var Fl=g1();I1.exports=Fl});var _1=u((wO,A1)=>{"use strict";var Tl=Math.sqrt;A1.exports=Tl});var D=u((EO,N1)=>{"use strict";var Pl=_1();N1.exports=Pl});var w1=u((OO,S1)=>{"use strict";var Rl=.7853981633974483;S1.exports=Rl});var O1=u((FO,E1)=>{"use strict";function Ll(r){var e,t,i;return r===0?.16666666666666713:(r<0?e=-r:e=r,e<=1?(t=-8.198089802484825+r*(19.562619833175948+r*(-16.262479672107002+r*(5.444622390564711+r*(-.6019598008014124+r*.004253011369004428)))),i=-49.18853881490881+r*(139.51056146574857+r*(-147.1791292232726+r*(70.49610280856842+r*(-14.740913729888538+r*1))))):(r=1/r,t=.004253011369004428+r*(-.6019598008014124+r*(5.444622390564711+r*(-16.262479672107002+r*(19.562619833175948+r*-8.198089802484825)))),i=1+r*(-14.740913729888538+r*(70.49610280856842+r*(-147.1791292232726+r*(139.51056146574857+r*-49.18853881490881))))),t/i)}E1.exports=Ll});var T1=u((TO,F1)=>{"use strict";function Cl(r){var e,t,i;return r===0?.08333333333333809:(r<0?e=-r:e=r,e<=1?(t=28.536655482610616+r*(-25.56901049652825+r*(6.968710824104713+r*(-.5634242780008963+r*.002967721961301243))),i=342.43986579130785+r*(-383.8770957603691+r*(147.0656354026815+r*(-21.947795316429207+r*1)))):(r=1/r,t=.002967721961301243+r*(-.5634242780008963+r*(6.968710824104713+r*(-25.56901049652825+r*28.536655482610616))),i=1+r*(-21.947795316429207+r*(147.0656354026815+r*(-383.8770957603691+r*342.43986579130785)))),t/i)}F1.exports=Cl});var L1=u((PO,R1)=>{"use strict";var bl=A(),Ml=D(),P1=w1(),Hl=O1(),Gl=T1(),$l=6123233995736766e-32;function Dl(r){var e,t,i,s,a;if(bl(r))return NaN;if(r>0?i=r:(e=!0,i=-r),i>1)return NaN;if(i>.625)t=1-i,s=t*Gl(t),t=Ml(t+t),a=P1-t,t=t*s-$l,a-=t,a+=P1;else{if(i<1e-8)return r;t=i*i,a=t*Hl(t),a=i*a+i}return e?-a:a}R1.exports=Dl});var b1=u((RO,C1)=>{"use strict";var Wl=L1();C1.exports=Wl});var H1=u((LO,M1)=>{"use strict";function kl(r){return Math.abs(r)}M1.exports=kl});var N=u((CO,G1)=>{"use strict";var Ul=H1();G1.exports=Ul});var D1=u((bO,$1)=>{"use strict";var Bl=Math.ceil;$1.exports=Bl});var k1=u((MO,W1)=>{"use strict";var Xl=D1();W1.exports=Xl});var B1=u((HO,U1)=>{"use strict";var Vl=F(),Ql=k1();function Zl(r){return r<0?Ql(r):Vl(r)}U1.exports=Zl});var Pr=u((GO,X1)=>{"use strict";var Yl=B1();X1.exports=Yl});var Q1=u(($O,V1)=>{"use strict";var Jl=1023;V1.exports=Jl});var Y1=u((DO,Z1)=>{"use strict";var Kl=-1023;Z1.exports=Kl});var K1=u((WO,J1)=>{"use strict";var jl=-1074;J1.exports=jl});var z1=u((kO,j1)=>{"use strict";var zl=_(),xl=T();function rp(r){return r===zl||r===xl}j1.exports=rp});var Ar=u((UO,x1)=>{"use strict";var ep=z1();x1.exports=ep});var eu=u((BO,ru)=>{"use strict";var tp=2147483648;ru.exports=tp});var ur=u((XO,tu)=>{"use strict";var ip=2147483647;tu.exports=ip});var su=u((VO,au)=>{"use strict";var ap=Ir(),iu,b0,M0;ap===!0?(b0=1,M0=0):(b0=0,M0=1);iu={HIGH:b0,LOW:M0};au.exports=iu});var H0=u((QO,vu)=>{"use strict";var sp=gr(),np=K(),uu=su(),ou=new np(1),nu=new sp(ou.buffer),up=uu.HIGH,op=uu.LOW;function vp(r,e,t,i){return ou[0]=r,e[i]=nu[up],e[i+t]=nu[op],e}vu.exports=vp});var cu=u((ZO,fu)=>{"use strict";var fp=H0();function cp(r){return fp(r,[0,0],1,0)}fu.exports=cp});var de=u((YO,pu)=>{"use strict";var lp=sr(),lu=cu(),pp=H0();lp(lu,"assign",pp);pu.exports=lu});var qu=u((JO,mu)=>{"use strict";var mp=eu(),qp=ur(),hp=de(),dp=L(),yp=Vr(),G0=[0,0];function gp(r,e){var t,i;return hp.assign(r,G0,1,0),t=G0[0],t&=qp,i=dp(e),i&=mp,t|=i,yp(t,G0[1])}mu.exports=gp});var ye=u((KO,hu)=>{"use strict";var Ip=qu();hu.exports=Ip});var Rr=u((jO,du)=>{"use strict";var Ap=22250738585072014e-324;du.exports=Ap});var $0=u((zO,yu)=>{"use strict";var _p=Rr(),Np=Ar(),Sp=A(),wp=N(),Ep=4503599627370496;function Op(r,e,t,i){return Sp(r)||Np(r)?(e[i]=r,e[i+t]=0,e):r!==0&&wp(r)<_p?(e[i]=r*Ep,e[i+t]=-52,e):(e[i]=r,e[i+t]=0,e)}yu.exports=Op});var Iu=u((xO,gu)=>{"use strict";var Fp=$0();function Tp(r){return Fp(r,[0,0],1,0)}gu.exports=Tp});var Nu=u((rF,_u)=>{"use strict";var Pp=sr(),Au=Iu(),Rp=$0();Pp(Au,"assign",Rp);_u.exports=Au});var Zr=u((eF,Su)=>{"use strict";var Lp=2146435072;Su.exports=Lp});var Eu=u((tF,wu)=>{"use strict";var Cp=L(),bp=Zr(),Mp=nr();function Hp(r){var e=Cp(r);return e=(e&bp)>>>20,e-Mp|0}wu.exports=Hp});var Fu=u((iF,Ou)=>{"use strict";var Gp=Eu();Ou.exports=Gp});var Pu=u((aF,Tu)=>{"use strict";var $p=_(),Dp=T(),Wp=nr(),kp=Q1(),Up=Y1(),Bp=K1(),Xp=A(),Vp=Ar(),Qp=ye(),Zp=Nu().assign,Yp=Fu(),Jp=de(),Kp=Vr(),jp=2220446049250313e-31,zp=2148532223,D0=[0,0],W0=[0,0];function xp(r,e){var t,i;return e===0||r===0||Xp(r)||Vp(r)?r:(Zp(r,D0,1,0),r=D0[0],e+=D0[1],e+=Yp(r),e<Bp?Qp(0,r):e>kp?r<0?Dp:$p:(e<=Up?(e+=52,i=jp):i=1,Jp.assign(r,W0,1,0),t=W0[0],t&=zp,t|=e+Wp<<20,i*Kp(t,W0[1])))}Tu.exports=xp});var ge=u((sF,Ru)=>{"use strict";var rm=Pu();Ru.exports=rm});var Cu=u((nF,Lu)=>{"use strict";function em(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}Lu.exports=em});var Mu=u((uF,bu)=>{"use strict";var tm=ge(),im=Cu();function am(r,e,t){var i,s,a,n;return i=r-e,s=i*i,a=i-s*im(s),n=1-(e-i*a/(2-a)-r),tm(n,t)}bu.exports=am});var ku=u((oF,Wu)=>{"use strict";var sm=A(),Hu=Pr(),nm=T(),Gu=_(),um=Mu(),om=.6931471803691238,vm=19082149292705877e-26,$u=1.4426950408889634,fm=709.782712893384,cm=-745.1332191019411,Du=1/(1<<28),lm=-Du;function pm(r){var e,t,i;return sm(r)||r===Gu?r:r===nm?0:r>fm?Gu:r<cm?0:r>lm&&r<Du?1+r:(r<0?i=Hu($u*r-.5):i=Hu($u*r+.5),e=r-i*om,t=i*vm,um(e,t,i))}Wu.exports=pm});var w=u((vF,Uu)=>{"use strict";var mm=ku();Uu.exports=mm});var Xu=u((fF,Bu)=>{"use strict";var qm=F();function hm(r){return qm(r)===r}Bu.exports=hm});var _r=u((cF,Vu)=>{"use strict";var dm=Xu();Vu.exports=dm});var Zu=u((lF,Qu)=>{"use strict";var ym=_r();function gm(r){return ym(r/2)}Qu.exports=gm});var Ju=u((pF,Yu)=>{"use strict";var Im=Zu();Yu.exports=Im});var zu=u((mF,ju)=>{"use strict";var Ku=Ju();function Am(r){return r>0?Ku(r-1):Ku(r+1)}ju.exports=Am});var Ie=u((qF,xu)=>{"use strict";var _m=zu();xu.exports=_m});var eo=u((hF,ro)=>{"use strict";var Nm=Ir(),k0;Nm===!0?k0=0:k0=1;ro.exports=k0});var io=u((dF,to)=>{"use strict";var Sm=gr(),wm=K(),Em=eo(),U0=new wm(1),Om=new Sm(U0.buffer);function Fm(r,e){return U0[0]=r,Om[Em]=e>>>0,U0[0]}to.exports=Fm});var Lr=u((yF,ao)=>{"use strict";var Tm=io();ao.exports=Tm});var no=u((gF,so)=>{"use strict";function Pm(r){return r|0}so.exports=Pm});var B0=u((IF,uo)=>{"use strict";var Rm=no();uo.exports=Rm});var fo=u((AF,vo)=>{"use strict";var oo=Ie(),Lm=ye(),Cm=T(),Ae=_();function bm(r,e){return e===Cm?Ae:e===Ae?0:e>0?oo(e)?r:0:oo(e)?Lm(Ae,r):Ae}vo.exports=bm});var lo=u((_F,co)=>{"use strict";var Mm=ur(),Hm=L(),Gm=1072693247,_e=1e300,Ne=1e-300;function $m(r,e){var t,i;return i=Hm(r),t=i&Mm,t<=Gm?e<0?_e*_e:Ne*Ne:e>0?_e*_e:Ne*Ne}co.exports=$m});var qo=u((NF,mo)=>{"use strict";var Dm=N(),po=_();function Wm(r,e){return r===-1?(r-r)/(r-r):r===1?1:Dm(r)<1==(e===po)?0:po}mo.exports=Wm});var X0=u((SF,ho)=>{"use strict";var km=20;ho.exports=km});var go=u((wF,yo)=>{"use strict";function Um(r){return r===0?.5999999999999946:.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}yo.exports=Um});var No=u((EF,_o)=>{"use strict";var Bm=L(),Se=Lr(),Io=Tr(),Xm=nr(),Vm=X0(),Qm=go(),Zm=1048575,Ao=1048576,Ym=1072693248,Jm=536870912,Km=524288,jm=9007199254740992,zm=.9617966939259756,xm=.9617967009544373,rq=-7028461650952758e-24,eq=[1,1.5],tq=[0,.5849624872207642],iq=[0,1350039202129749e-23];function aq(r,e,t){var i,s,a,n,o,v,c,f,l,m,p,h,y,g,d,I,q,C,S,H,G,R;return H=0,t<Ao&&(e*=jm,H-=53,t=Bm(e)),H+=(t>>Vm)-Xm|0,G=t&Zm|0,t=G|Ym|0,G<=235662?R=0:G<767610?R=1:(R=0,H+=1,t-=Ao),e=Io(e,t),f=eq[R],C=e-f,S=1/(e+f),s=C*S,n=Se(s,0),i=(t>>1|Jm)+Km,i+=R<<18,v=Io(0,i),c=e-(v-f),o=S*(C-n*v-n*c),a=s*s,q=a*a*Qm(a),q+=o*(n+s),a=n*n,v=3+a+q,v=Se(v,0),c=q-(v-3-a),C=n*v,S=o*v+c*s,m=C+S,m=Se(m,0),p=S-(m-C),h=xm*m,y=rq*m+p*zm+iq[R],l=tq[R],I=H,g=h+y+l+I,g=Se(g,0),d=y-(g-I-l-h),r[0]=g,r[1]=d,r}_o.exports=aq});var wo=u((OF,So)=>{"use strict";function sq(r){return r===0?.5:.5+r*(-.3333333333333333+r*.25)}So.exports=sq});var Oo=u((FF,Eo)=>{"use strict";var nq=Lr(),uq=wo(),oq=1.4426950408889634,vq=1.4426950216293335,fq=19259629911266175e-24;function cq(r,e){var t,i,s,a,n,o;return s=e-1,a=s*s*uq(s),n=vq*s,o=s*fq-a*oq,i=n+o,i=nq(i,0),t=o-(i-n),r[0]=i,r[1]=t,r}Eo.exports=cq});var To=u((TF,Fo)=>{"use strict";var lq=.6931471805599453;Fo.exports=lq});var V0=u((PF,Po)=>{"use strict";var pq=1048575;Po.exports=pq});var Lo=u((RF,Ro)=>{"use strict";function mq(r){return r===0?.16666666666666602:.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*41381367970572385e-24)))}Ro.exports=mq});var Do=u((LF,$o)=>{"use strict";var qq=L(),Co=Tr(),hq=Lr(),dq=B0(),yq=ge(),gq=To(),bo=nr(),Mo=ur(),Ho=V0(),Yr=X0(),Iq=Lo(),Go=1048576,Aq=1071644672,_q=.6931471824645996,Nq=-1904654299957768e-24;function Sq(r,e,t){var i,s,a,n,o,v,c,f,l,m,p;return m=r&Mo|0,p=(m>>Yr)-bo|0,l=0,m>Aq&&(l=r+(Go>>p+1)>>>0,p=((l&Mo)>>Yr)-bo|0,i=(l&~(Ho>>p))>>>0,a=Co(0,i),l=(l&Ho|Go)>>Yr-p>>>0,r<0&&(l=-l),e-=a),a=t+e,a=hq(a,0),o=a*_q,v=(t-(a-e))*gq+a*Nq,f=o+v,c=v-(f-o),a=f*f,s=f-a*Iq(a),n=f*s/(s-2)-(c+f*c),f=1-(n-f),r=qq(f),r=dq(r),r+=l<<Yr>>>0,r>>Yr<=0?f=yq(f,l):f=Co(f,r),f}$o.exports=Sq});var Ko=u((CF,Jo)=>{"use strict";var Wo=A(),ko=Ie(),Uo=Ar(),wq=_r(),Bo=D(),Eq=N(),Q0=de(),Oq=Lr(),Xo=B0(),Fq=T(),Tq=_(),Z0=ur(),Pq=fo(),Rq=lo(),Lq=qo(),Cq=No(),bq=Oo(),Mq=Do(),Hq=1072693247,Gq=1105199104,$q=1139802112,Vo=1083179008,Dq=1072693248,Wq=1083231232,kq=3230714880,Qo=31,or=1e300,vr=1e-300,Uq=8008566259537294e-32,z=[0,0],Zo=[0,0];function Yo(r,e){var t,i,s,a,n,o,v,c,f,l,m,p,h,y,g,d;if(Wo(r)||Wo(e))return NaN;if(Q0.assign(e,z,1,0),o=z[0],v=z[1],v===0){if(e===0)return 1;if(e===1)return r;if(e===-1)return 1/r;if(e===.5)return Bo(r);if(e===-.5)return 1/Bo(r);if(e===2)return r*r;if(e===3)return r*r*r;if(e===4)return r*=r,r*r;if(Uo(e))return Lq(r,e)}if(Q0.assign(r,z,1,0),a=z[0],n=z[1],n===0){if(a===0)return Pq(r,e);if(r===1)return 1;if(r===-1&&ko(e))return-1;if(Uo(r))return r===Fq?Yo(-0,-e):e<0?0:Tq}if(r<0&&wq(e)===!1)return(r-r)/(r-r);if(s=Eq(r),t=a&Z0|0,i=o&Z0|0,c=a>>>Qo|0,f=o>>>Qo|0,c&&ko(e)?c=-1:c=1,i>Gq){if(i>$q)return Rq(r,e);if(t<Hq)return f===1?c*or*or:c*vr*vr;if(t>Dq)return f===0?c*or*or:c*vr*vr;h=bq(Zo,s)}else h=Cq(Zo,s,t);if(l=Oq(e,0),p=(e-l)*h[0]+e*h[1],m=l*h[0],y=p+m,Q0.assign(y,z,1,0),g=Xo(z[0]),d=Xo(z[1]),g>=Vo){if((g-Vo|d)!==0||p+Uq>y-m)return c*or*or}else if((g&Z0)>=Wq&&((g-kq|d)!==0||p<=y-m))return c*vr*vr;return y=Mq(g,m,p),c*y}Jo.exports=Yo});var O=u((bF,jo)=>{"use strict";var Bq=Ko();jo.exports=Bq});var Nr=u((MF,zo)=>{"use strict";var Xq=2.718281828459045;zo.exports=Xq});var U=u((HF,xo)=>{"use strict";var Vq=2220446049250313e-31;xo.exports=Vq});var e2=u((GF,r2)=>{"use strict";function Qq(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}r2.exports=Qq});var a2=u(($F,i2)=>{"use strict";var t2=A(),Zq=j(),Yq=D(),Jq=N(),Kq=w(),Y0=O(),jq=Nr(),J0=U(),K0=e2(),j0=10.900511;function zq(r,e){var t,i,s,a,n,o,v;return t2(r)||t2(e)?NaN:r<0||e<0?NaN:e===1?1/r:r===1?1/e:(v=r+e,v<J0?(n=v/r,n/=e,n):v===r&&e<J0?1/e:v===e&&r<J0?1/r:(r<e&&(o=e,e=r,r=o),i=r+j0-.5,s=e+j0-.5,a=v+j0-.5,n=K0(r)*(K0(e)/K0(v)),t=r-.5-e,Jq(e*t)<a*100&&r>100?n*=Kq(t*Zq(-e/a)):n*=Y0(i/a,t),a>1e10?n*=Y0(i/a*(s/a),e):n*=Y0(i*s/(a*a),e),n*=Yq(jq/s),n))}i2.exports=zq});var n2=u((DF,s2)=>{"use strict";var xq=a2();s2.exports=xq});var o2=u((WF,u2)=>{"use strict";var rh=_();function eh(r){return r===0&&1/r===rh}u2.exports=eh});var f2=u((kF,v2)=>{"use strict";var th=o2();v2.exports=th});var p2=u((UF,l2)=>{"use strict";var ih=f2(),c2=A(),z0=_();function ah(r,e){return c2(r)||c2(e)?NaN:r===z0||e===z0?z0:r===e&&r===0?ih(r)?r:e:r>e?r:e}l2.exports=ah});var x=u((BF,m2)=>{"use strict";var sh=p2();m2.exports=sh});var h2=u((XF,q2)=>{"use strict";var nh=T();function uh(r){return r===0&&1/r===nh}q2.exports=uh});var x0=u((VF,d2)=>{"use strict";var oh=h2();d2.exports=oh});var I2=u((QF,g2)=>{"use strict";var vh=x0(),y2=A(),rt=T();function fh(r,e){return y2(r)||y2(e)?NaN:r===rt||e===rt?rt:r===e&&r===0?vh(r)?r:e:r<e?r:e}g2.exports=fh});var B=u((ZF,A2)=>{"use strict";var ch=I2();A2.exports=ch});var we=u((YF,_2)=>{"use strict";var lh=17976931348623157e292;_2.exports=lh});var et=u((JF,N2)=>{"use strict";var ph=2147483647;N2.exports=ph});var w2=u((KF,S2)=>{"use strict";var mh=1.5707963267948966;S2.exports=mh});var Cr=u((jF,E2)=>{"use strict";var qh=3.141592653589793;E2.exports=qh});var F2=u((zF,O2)=>{"use strict";function hh(r){return r===0?.0416666666666666:.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}O2.exports=hh});var P2=u((xF,T2)=>{"use strict";function dh(r){return r===0?-27557314351390663e-23:-27557314351390663e-23+r*(2087572321298175e-24+r*-11359647557788195e-27)}T2.exports=dh});var L2=u((rT,R2)=>{"use strict";var yh=F2(),gh=P2();function Ih(r,e){var t,i,s,a;return a=r*r,s=a*a,i=a*yh(a),i+=s*s*gh(a),t=.5*a,s=1-t,s+(1-s-t+(a*i-r*e))}R2.exports=Ih});var tt=u((eT,C2)=>{"use strict";var Ah=L2();C2.exports=Ah});var H2=u((tT,M2)=>{"use strict";var b2=-.16666666666666632,_h=.00833333333332249,Nh=-.0001984126982985795,Sh=27557313707070068e-22,wh=-25050760253406863e-24,Eh=158969099521155e-24;function Oh(r,e){var t,i,s,a;return a=r*r,s=a*a,t=_h+a*(Nh+a*Sh)+a*s*(wh+a*Eh),i=a*r,e===0?r+i*(b2+a*t):r-(a*(.5*e-i*t)-e-i*b2)}M2.exports=Oh});var it=u((iT,G2)=>{"use strict";var Fh=H2();G2.exports=Fh});var D2=u((aT,$2)=>{"use strict";var Th=Ir(),at;Th===!0?at=0:at=1;$2.exports=at});var U2=u((sT,k2)=>{"use strict";var Ph=gr(),Rh=K(),Lh=D2(),W2=new Rh(1),Ch=new Ph(W2.buffer);function bh(r){return W2[0]=r,Ch[Lh]}k2.exports=bh});var X2=u((nT,B2)=>{"use strict";var Mh=U2();B2.exports=Mh});var Q2=u((uT,V2)=>{"use strict";function Hh(r,e){var t,i;for(t=[],i=0;i<e;i++)t.push(r);return t}V2.exports=Hh});var Y2=u((oT,Z2)=>{"use strict";var Gh=Q2();Z2.exports=Gh});var K2=u((vT,J2)=>{"use strict";var $h=Y2();function Dh(r){return $h(0,r)}J2.exports=Dh});var z2=u((fT,j2)=>{"use strict";var Wh=K2();j2.exports=Wh});var i3=u((cT,t3)=>{"use strict";var kh=F(),Ee=ge(),Te=z2(),r3=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],Uh=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],st=16777216,nt=5960464477539063e-23,Oe=Te(20),x2=Te(20),Fe=Te(20),E=Te(20);function e3(r,e,t,i,s,a,n,o,v){var c,f,l,m,p,h,y,g,d;for(m=a,d=i[t],g=t,p=0;g>0;p++)f=nt*d|0,E[p]=d-st*f|0,d=i[g-1]+f,g-=1;if(d=Ee(d,s),d-=8*kh(d*.125),y=d|0,d-=y,l=0,s>0?(p=E[t-1]>>24-s,y+=p,E[t-1]-=p<<24-s,l=E[t-1]>>23-s):s===0?l=E[t-1]>>23:d>=.5&&(l=2),l>0){for(y+=1,c=0,p=0;p<t;p++)g=E[p],c===0?g!==0&&(c=1,E[p]=16777216-g):E[p]=16777215-g;if(s>0)switch(s){case 1:E[t-1]&=8388607;break;case 2:E[t-1]&=4194303;break}l===2&&(d=1-d,c!==0&&(d-=Ee(1,s)))}if(d===0){for(g=0,p=t-1;p>=a;p--)g|=E[p];if(g===0){for(h=1;E[a-h]===0;h++);for(p=t+1;p<=t+h;p++){for(v[o+p]=r3[n+p],f=0,g=0;g<=o;g++)f+=r[g]*v[o+(p-g)];i[p]=f}return t+=h,e3(r,e,t,i,s,a,n,o,v)}for(t-=1,s-=24;E[t]===0;)t-=1,s-=24}else d=Ee(d,-s),d>=st?(f=nt*d|0,E[t]=d-st*f|0,t+=1,s+=24,E[t]=f):E[t]=d|0;for(f=Ee(1,s),p=t;p>=0;p--)i[p]=f*E[p],f*=nt;for(p=t;p>=0;p--){for(f=0,h=0;h<=m&&h<=t-p;h++)f+=Uh[h]*i[p+h];Fe[t-p]=f}for(f=0,p=t;p>=0;p--)f+=Fe[p];for(l===0?e[0]=f:e[0]=-f,f=Fe[0]-f,p=1;p<=t;p++)f+=Fe[p];return l===0?e[1]=f:e[1]=-f,y&7}function Bh(r,e,t,i){var s,a,n,o,v,c,f,l,m;for(a=4,o=i-1,n=(t-3)/24|0,n<0&&(n=0),c=t-24*(n+1),l=n-o,m=o+a,f=0;f<=m;f++)l<0?Oe[f]=0:Oe[f]=r3[l],l+=1;for(f=0;f<=a;f++){for(s=0,l=0;l<=o;l++)s+=r[l]*Oe[o+(f-l)];x2[f]=s}return v=a,e3(r,e,v,x2,c,a,n,o,Oe)}t3.exports=Bh});var s3=u((lT,a3)=>{"use strict";var Xh=Math.round;a3.exports=Xh});var u3=u((pT,n3)=>{"use strict";var Vh=s3();n3.exports=Vh});var c3=u((mT,f3)=>{"use strict";var Qh=u3(),o3=L(),Zh=.6366197723675814,Yh=1.5707963267341256,Jh=6077100506506192e-26,Kh=6077100506303966e-26,jh=20222662487959506e-37,zh=20222662487111665e-37,xh=84784276603689e-45,v3=2047;function rd(r,e,t){var i,s,a,n,o,v,c;return s=Qh(r*Zh),n=r-s*Yh,o=s*Jh,c=e>>20|0,t[0]=n-o,i=o3(t[0]),v=c-(i>>20&v3),v>16&&(a=n,o=s*Kh,n=a-o,o=s*jh-(a-n-o),t[0]=n-o,i=o3(t[0]),v=c-(i>>20&v3),v>49&&(a=n,o=s*zh,n=a-o,o=s*xh-(a-n-o),t[0]=n-o)),t[1]=n-t[0]-o,s}f3.exports=rd});var p3=u((qT,l3)=>{"use strict";var ed=ur(),td=Zr(),id=V0(),ad=L(),sd=X2(),nd=Vr(),ud=i3(),Pe=c3(),od=0,vd=16777216,fr=1.5707963267341256,Sr=6077100506506192e-26,Re=2*Sr,Le=3*Sr,Ce=4*Sr,fd=598523,cd=1072243195,ld=1073928572,pd=1074752122,md=1074977148,qd=1075183036,hd=1075388923,dd=1075594811,yd=1094263291,Jr=[0,0,0],Kr=[0,0];function gd(r,e){var t,i,s,a,n,o,v,c;if(s=ad(r)|0,a=s&ed|0,a<=cd)return e[0]=r,e[1]=0,0;if(a<=pd)return(a&id)===fd?Pe(r,a,e):a<=ld?s>0?(c=r-fr,e[0]=c-Sr,e[1]=c-e[0]-Sr,1):(c=r+fr,e[0]=c+Sr,e[1]=c-e[0]+Sr,-1):s>0?(c=r-2*fr,e[0]=c-Re,e[1]=c-e[0]-Re,2):(c=r+2*fr,e[0]=c+Re,e[1]=c-e[0]+Re,-2);if(a<=dd)return a<=qd?a===md?Pe(r,a,e):s>0?(c=r-3*fr,e[0]=c-Le,e[1]=c-e[0]-Le,3):(c=r+3*fr,e[0]=c+Le,e[1]=c-e[0]+Le,-3):a===hd?Pe(r,a,e):s>0?(c=r-4*fr,e[0]=c-Ce,e[1]=c-e[0]-Ce,4):(c=r+4*fr,e[0]=c+Ce,e[1]=c-e[0]+Ce,-4);if(a<yd)return Pe(r,a,e);if(a>=td)return e[0]=NaN,e[1]=NaN,0;for(t=sd(r),i=(a>>20)-1046,c=nd(a-(i<<20|0),t),o=0;o<2;o++)Jr[o]=c|0,c=(c-Jr[o])*vd;for(Jr[2]=c,n=3;Jr[n-1]===od;)n-=1;return v=ud(Jr,Kr,i,n,1),s<0?(e[0]=-Kr[0],e[1]=-Kr[1],-v):(e[0]=Kr[0],e[1]=Kr[1],v)}l3.exports=gd});var ut=u((hT,m3)=>{"use strict";var Id=p3();m3.exports=Id});var d3=u((dT,h3)=>{"use strict";var Ad=ur(),_d=Zr(),Nd=L(),q3=tt(),ot=it(),Sd=ut(),wd=1072243195,Ed=1045430272,rr=[0,0];function Od(r){var e,t;if(e=Nd(r),e&=Ad,e<=wd)return e<Ed?r:ot(r,0);if(e>=_d)return NaN;switch(t=Sd(r,rr),t&3){case 0:return ot(rr[0],rr[1]);case 1:return q3(rr[0],rr[1]);case 2:return-ot(rr[0],rr[1]);default:return-q3(rr[0],rr[1])}}h3.exports=Od});var vt=u((yT,y3)=>{"use strict";var Fd=d3();y3.exports=Fd});var ft=u((gT,g3)=>{"use strict";var Td=2.5066282746310007;g3.exports=Td});var A3=u((IT,I3)=>{"use strict";function Pd(r){return r===0?.08333333333334822:.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}I3.exports=Pd});var S3=u((AT,N3)=>{"use strict";var Rd=ft(),_3=O(),Ld=w(),Cd=A3(),bd=143.01608;function Md(r){var e,t,i;return e=1/r,e=1+e*Cd(e),t=Ld(r),r>bd?(i=_3(r,.5*r-.25),t=i*(i/t)):t=_3(r,r-.5)/t,Rd*t*e}N3.exports=Md});var E3=u((_T,w3)=>{"use strict";var Hd=.5772156649015329;w3.exports=Hd});var F3=u((NT,O3)=>{"use strict";var Gd=E3();function $d(r,e){return e/((1+Gd*r)*r)}O3.exports=$d});var P3=u((ST,T3)=>{"use strict";function Dd(r){var e,t,i;return r===0?1:(r<0?e=-r:e=r,e<=1?(t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0)))))),i=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))):(r=1/r,t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1)))))),i=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))),t/i)}T3.exports=Dd});var $3=u((wT,G3)=>{"use strict";var Wd=A(),kd=_r(),Ud=x0(),R3=N(),Bd=F(),Xd=vt(),L3=_(),C3=T(),b3=Cr(),M3=S3(),H3=F3(),Vd=P3();function Qd(r){var e,t,i,s;if(kd(r)&&r<0||r===C3||Wd(r))return NaN;if(r===0)return Ud(r)?C3:L3;if(r>171.61447887182297)return L3;if(r<-170.5674972726612)return 0;if(t=R3(r),t>33)return r>=0?M3(r):(i=Bd(t),(i&1)===0?e=-1:e=1,s=t-i,s>.5&&(i+=1,s=t-i),s=t*Xd(b3*s),e*b3/(R3(s)*M3(t)));for(s=1;r>=3;)r-=1,s*=r;for(;r<0;){if(r>-1e-9)return H3(r,s);s/=r,r+=1}for(;r<2;){if(r<1e-9)return H3(r,s);s/=r,r+=1}return r===2?s:(r-=2,s*Vd(r))}G3.exports=Qd});var cr=u((ET,D3)=>{"use strict";var Zd=$3();D3.exports=Zd});var jr=u((OT,W3)=>{"use strict";var Yd=170;W3.exports=Yd});var k3=u((FT,Jd)=>{Jd.exports=[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368e3,20922789888e3,355687428096e3,6402373705728e3,121645100408832e3,243290200817664e4,5109094217170944e4,11240007277776077e5,2585201673888498e7,6204484017332394e8,15511210043330986e9,40329146112660565e10,10888869450418352e12,30488834461171387e13,8841761993739702e15,26525285981219107e16,8222838654177922e18,2631308369336935e20,8683317618811886e21,29523279903960416e22,10333147966386145e24,37199332678990125e25,13763753091226346e27,5230226174666011e29,20397882081197444e30,8159152832478977e32,3345252661316381e34,140500611775288e37,6041526306337383e37,2658271574788449e39,11962222086548019e40,5502622159812089e42,25862324151116818e43,12413915592536073e45,6082818640342675e47,30414093201713376e48,15511187532873822e50,8065817517094388e52,42748832840600255e53,2308436973392414e56,12696403353658276e57,7109985878048635e59,40526919504877214e60,23505613312828785e62,13868311854568984e64,832098711274139e67,5075802138772248e68,3146997326038794e70,198260831540444e73,12688693218588417e73,8247650592082472e75,5443449390774431e77,3647111091818868e79,24800355424368305e80,1711224524281413e83,11978571669969892e84,8504785885678623e86,61234458376886085e87,44701154615126844e89,3307885441519386e92,248091408113954e95,18854947016660504e95,14518309202828587e97,11324281178206297e99,8946182130782976e101,7156945704626381e103,5797126020747368e105,4753643337012842e107,3945523969720659e109,3314240134565353e111,281710411438055e114,24227095383672734e114,2107757298379528e117,18548264225739844e118,1650795516090846e121,14857159644817615e122,1352001527678403e125,12438414054641308e126,11567725070816416e128,1087366156656743e131,1032997848823906e133,9916779348709496e134,9619275968248212e136,9426890448883248e138,9332621544394415e140,9332621544394415e142,942594775983836e145,9614466715035127e146,990290071648618e149,10299016745145628e150,1081396758240291e153,11462805637347084e154,1226520203196138e157,1324641819451829e159,14438595832024937e160,1588245541522743e163,17629525510902446e164,1974506857221074e167,22311927486598138e168,25435597334721877e170,2925093693493016e173,3393108684451898e175,3969937160808721e177,4684525849754291e179,5574585761207606e181,6689502913449127e183,8094298525273444e185,9875044200833601e187,1214630436702533e190,1506141741511141e192,1882677176888926e194,2372173242880047e196,30126600184576594e197,3856204823625804e200,4974504222477287e202,6466855489220474e204,847158069087882e207,11182486511960043e208,14872707060906857e210,19929427461615188e212,26904727073180504e214,3659042881952549e217,5012888748274992e219,6917786472619489e221,9615723196941089e223,13462012475717526e225,1898143759076171e228,2695364137888163e230,3854370717180073e232,55502938327393044e233,8047926057471992e236,11749972043909107e238,1727245890454639e241,25563239178728654e242,380892263763057e246,5713383956445855e247,862720977423324e250,13113358856834524e251,20063439050956823e253,30897696138473508e255,4789142901463394e258,7471062926282894e260,11729568794264145e262,1853271869493735e265,29467022724950384e266,47147236359920616e268,7590705053947219e271,12296942187394494e273,20044015765453026e275,3287218585534296e278,5423910666131589e280,9003691705778438e282,1503616514864999e285,25260757449731984e286,4269068009004705e289,7257415615307999e291]});var B3=u((TT,U3)=>{"use strict";var Kd=A(),jd=_r(),zd=cr(),xd=_(),ry=jr(),ey=k3();function ty(r){return Kd(r)?NaN:jd(r)?r<0?NaN:r<=ry?ey[r]:xd:zd(r+1)}U3.exports=ty});var ct=u((PT,X3)=>{"use strict";var iy=B3();X3.exports=iy});var Q3=u((RT,V3)=>{"use strict";function ay(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=3847467039331777e-5+r*(3685766504351951e-5+r*(1588920245372942e-5+r*(4059208354298835e-6+r*(6805476611834733e-7+r*(7823975500312005e-8+r*(6246580776401795e-9+r*(341986.3488721347+r*(12287.194511824551+r*(261.61404416416684+r*2.5066282746310007))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=2.5066282746310007+r*(261.61404416416684+r*(12287.194511824551+r*(341986.3488721347+r*(6246580776401795e-9+r*(7823975500312005e-8+r*(6805476611834733e-7+r*(4059208354298835e-6+r*(1588920245372942e-5+r*(3685766504351951e-5+r*3847467039331777e-5))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}V3.exports=ay});var Y3=u((LT,Z3)=>{"use strict";var sy=Q3();Z3.exports=sy});var K3=u((CT,J3)=>{"use strict";var ny=Y3();J3.exports=ny});var br=u((bT,j3)=>{"use strict";var uy=10.900511;j3.exports=uy});var n6=u((MT,s6)=>{"use strict";var z3=K3(),oy=cr(),vy=j(),x3=N(),r6=w(),e6=O(),t6=U(),fy=Nr(),cy=br(),i6=jr(),ly=4269068009004705e289;function a6(r,e){var t,i,s;return r<t6?e>=i6?(i=a6(e,i6-e),i*=r,i*=ly,1/i):1/(r*oy(r+e)):(s=r+cy-.5,r+e===r?x3(e/s)<t6?t=r6(-e):t=1:(x3(e)<10?t=r6((.5-r)*vy(e/s)):t=e6(s/(s+e),r-.5),t*=z3(r)/z3(r+e)),t*=e6(fy/(s+e),e),t)}s6.exports=a6});var l6=u((HT,c6)=>{"use strict";var py=N(),u6=F(),o6=cr(),v6=ct(),f6=jr(),my=n6();function qy(r,e){var t,i,s;if(r<=0||r+e<=0)return o6(r)/o6(r+e);if(i=u6(e),i===e){if(s=u6(r),s===r&&r<=f6&&r+e<=f6)return v6(s-1)/v6(i+s-1);if(py(e)<20){if(e===0)return 1;if(e<0){for(r-=1,t=r,e+=1;e!==0;)r-=1,t*=r,e+=1;return t}for(t=1/r,e-=1;e!==0;)r+=1,t/=r,e-=1;return t}}return my(r,e)}c6.exports=qy});var m6=u((GT,p6)=>{"use strict";var hy=l6();p6.exports=hy});var h6=u(($T,q6)=>{"use strict";function dy(r){return r===0?.3999999999940942:.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}q6.exports=dy});var y6=u((DT,d6)=>{"use strict";function yy(r){return r===0?.6666666666666735:.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}d6.exports=yy});var _6=u((WT,A6)=>{"use strict";var g6=L(),gy=Tr(),Iy=A(),Ay=nr(),_y=T(),Ny=h6(),Sy=y6(),be=.6931471803691238,Me=19082149292705877e-26,wy=0x40000000000000,Ey=.3333333333333333,I6=1048575,Oy=2146435072,Fy=1048576,Ty=1072693248;function Py(r){var e,t,i,s,a,n,o,v,c,f,l,m;return r===0?_y:Iy(r)||r<0?NaN:(t=g6(r),a=0,t<Fy&&(a-=54,r*=wy,t=g6(r)),t>=Oy?r+r:(a+=(t>>20)-Ay|0,t&=I6,v=t+614244&1048576|0,r=gy(r,t|v^Ty),a+=v>>20|0,o=r-1,(I6&2+t)<3?o===0?a===0?0:a*be+a*Me:(n=o*o*(.5-Ey*o),a===0?o-n:a*be-(n-a*Me-o)):(f=o/(2+o),m=f*f,v=t-398458|0,l=m*m,c=440401-t|0,s=l*Ny(l),i=m*Sy(l),v|=c,n=i+s,v>0?(e=.5*o*o,a===0?o-(e-f*(e+n)):a*be-(e-(f*(e+n)+a*Me)-o)):a===0?o-f*(o-n):a*be-(f*(o-n)-a*Me-o))))}A6.exports=Py});var P=u((kT,N6)=>{"use strict";var Ry=_6();N6.exports=Ry});var E6=u((UT,w6)=>{"use strict";var Ly=L(),lt=tt(),S6=it(),Cy=ut(),by=ur(),My=Zr(),er=[0,0],Hy=1072243195,Gy=1044381696;function $y(r){var e,t;if(e=Ly(r),e&=by,e<=Hy)return e<Gy?1:lt(r,0);if(e>=My)return NaN;switch(t=Cy(r,er),t&3){case 0:return lt(er[0],er[1]);case 1:return-S6(er[0],er[1]);case 2:return-lt(er[0],er[1]);default:return S6(er[0],er[1])}}w6.exports=$y});var F6=u((BT,O6)=>{"use strict";var Dy=E6();O6.exports=Dy});var R6=u((XT,P6)=>{"use strict";var Wy=A(),ky=Ar(),T6=F6(),pt=vt(),Uy=N(),zr=ye(),xr=Cr();function By(r){var e,t;return Wy(r)?NaN:ky(r)?NaN:(t=r%2,e=Uy(t),e===0||e===1?zr(0,t):e<.25?pt(xr*t):e<.75?(e=.5-e,zr(T6(xr*e),t)):e<1.25?(t=zr(1,t)-t,pt(xr*t)):e<1.75?(e-=1.5,-zr(T6(xr*e),t)):(t-=zr(2,t),pt(xr*t)))}P6.exports=By});var C6=u((VT,L6)=>{"use strict";var Xy=R6();L6.exports=Xy});var M6=u((QT,b6)=>{"use strict";function Vy(r){return r===0?.06735230105312927:.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}b6.exports=Vy});var G6=u((ZT,H6)=>{"use strict";function Qy(r){return r===0?.020580808432516733:.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}H6.exports=Qy});var D6=u((YT,$6)=>{"use strict";function Zy(r){return r===0?1.3920053346762105:1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}$6.exports=Zy});var k6=u((JT,W6)=>{"use strict";function Yy(r){return r===0?.21498241596060885:.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}W6.exports=Yy});var B6=u((KT,U6)=>{"use strict";function Jy(r){return r===0?-.032788541075985965:-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}U6.exports=Jy});var V6=u((jT,X6)=>{"use strict";function Ky(r){return r===0?.01797067508118204:.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}X6.exports=Ky});var Z6=u((zT,Q6)=>{"use strict";function jy(r){return r===0?-.010314224129834144:-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}Q6.exports=jy});var J6=u((xT,Y6)=>{"use strict";function zy(r){return r===0?.6328270640250934:.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}Y6.exports=zy});var j6=u((rP,K6)=>{"use strict";function xy(r){return r===0?2.4559779371304113:2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}K6.exports=xy});var x6=u((eP,z6)=>{"use strict";function rg(r){return r===0?.08333333333333297:.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}z6.exports=rg});var t4=u((tP,e4)=>{"use strict";var eg=A(),tg=Ar(),ig=N(),Mr=P(),ag=Pr(),sg=C6(),ng=Cr(),mt=_(),ug=M6(),og=G6(),vg=D6(),fg=k6(),cg=B6(),lg=V6(),pg=Z6(),mg=J6(),qg=j6(),hg=x6(),dg=.07721566490153287,yg=.3224670334241136,gg=1,Ig=-.07721566490153287,Ag=.48383612272381005,_g=-.1475877229945939,Ng=.06462494023913339,Sg=-.07721566490153287,wg=1,Eg=.4189385332046727,He=1.4616321449683622,Og=4503599627370496,Fg=72057594037927940,Tg=13877787807814457e-33,r4=1.4616321449683622,Pg=-.12148629053584961,Rg=-3638676997039505e-33;function Lg(r){var e,t,i,s,a,n,o,v,c,f,l,m,p;if(eg(r)||tg(r))return r;if(r===0)return mt;if(r<0?(e=!0,r=-r):e=!1,r<Tg)return-Mr(r);if(e){if(r>=Og||(c=sg(r),c===0))return mt;t=Mr(ng/ig(c*r))}if(r===1||r===2)return 0;if(r<2)switch(r<=.9?(p=-Mr(r),r>=He-1+.27?(l=1-r,i=0):r>=He-1-.27?(l=r-(r4-1),i=1):(l=r,i=2)):(p=0,r>=He+.27?(l=2-r,i=0):r>=He-.27?(l=r-r4,i=1):(l=r-1,i=2)),i){case 0:m=l*l,n=dg+m*ug(m),a=m*(yg+m*og(m)),o=l*n+a,p+=o-.5*l;break;case 1:m=l*l,f=m*l,n=Ag+f*cg(f),a=_g+f*lg(f),s=Ng+f*pg(f),o=m*n-(Rg-f*(a+l*s)),p+=Pg+o;break;case 2:n=l*(Sg+l*mg(l)),a=wg+l*qg(l),p+=-.5*l+n/a;break}else if(r<8)switch(i=ag(r),l=r-i,o=l*(Ig+l*fg(l)),v=gg+l*vg(l),p=.5*l+o/v,m=1,i){case 7:m*=l+6;case 6:m*=l+5;case 5:m*=l+4;case 4:m*=l+3;case 3:m*=l+2,p+=Mr(m)}else r<Fg?(c=Mr(r),m=1/r,l=m*m,f=Eg+m*hg(l),p=(r-.5)*(c-1)+f):p=r*(Mr(r)-1);return e&&(p=t-p),p}e4.exports=Lg});var re=u((iP,i4)=>{"use strict";var Cg=t4();i4.exports=Cg});var tr=u((aP,a4)=>{"use strict";var bg=709.782712893384;a4.exports=bg});var n4=u((sP,s4)=>{"use strict";var Mg=14901161193847656e-24;s4.exports=Mg});var o4=u((nP,u4)=>{"use strict";var Hg=eval;u4.exports=Hg});var f4=u((uP,v4)=>{"use strict";var Gg=o4();function $g(){var r;try{Gg('"use strict"; (function* () {})'),r=!0}catch{r=!1}return r}v4.exports=$g});var qt=u((oP,c4)=>{"use strict";var Dg=f4();c4.exports=Dg});var p4=u((vP,l4)=>{"use strict";var Ge=N(),Wg=U(),kg=1e6;function Ug(r,e){var t,i,s,a,n,o;if(o={},arguments.length>1&&(o=e),i=o.tolerance||Wg,a=o.maxTerms||kg,n=o.initialValue||0,t=typeof r.next=="function",t===!0){for(s of r)if(n+=s,Ge(i*n)>=Ge(s)||--a===0)break}else do s=r(),n+=s;while(Ge(i*n)<Ge(s)&&--a);return n}l4.exports=Ug});var h4=u((fP,q4)=>{"use strict";var m4=N(),Bg=U(),Xg=1e6;function Vg(r,e){var t,i,s,a,n;n={},arguments.length>1&&(n=e),t=n.tolerance||Bg,s=n.maxTerms||Xg,a=n.initialValue||0;do i=r(),a+=i;while(m4(t*a)<m4(i)&&--s);return a}q4.exports=Vg});var Hr=u((cP,d4)=>{"use strict";var Qg=qt(),Zg=p4(),Yg=h4(),ht;Qg()?ht=Zg:ht=Yg;d4.exports=ht});var g4=u((lP,y4)=>{"use strict";function Jg(r,e){var t=1,i=r,s=e;return a;function a(){var n=t;return t*=i/s,i-=1,n}}y4.exports=Jg});var A4=u((pP,I4)=>{"use strict";var Kg=Hr(),jg=g4();function zg(r,e){var t,i;return i=jg(r,e),t=Kg(i),t}I4.exports=zg});var N4=u((mP,_4)=>{"use strict";var xg=w();function rI(r,e){var t,i,s,a;if(s=xg(-e),i=s,i!==0)for(t=i,a=1;a<r;++a)t/=a,t*=e,i+=t;return i}_4.exports=rI});var w4=u((qP,S4)=>{"use strict";function eI(r){return r===0?-.3250421072470015:-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}S4.exports=eI});var O4=u((hP,E4)=>{"use strict";function tI(r){return r===0?.39791722395915535:.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}E4.exports=tI});var T4=u((dP,F4)=>{"use strict";function iI(r){return r===0?.41485611868374833:.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}F4.exports=iI});var R4=u((yP,P4)=>{"use strict";function aI(r){return r===0?.10642088040084423:.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}P4.exports=aI});var C4=u((gP,L4)=>{"use strict";function sI(r){return r===0?-.6938585727071818:-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}L4.exports=sI});var M4=u((IP,b4)=>{"use strict";function nI(r){return r===0?19.651271667439257:19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}b4.exports=nI});var G4=u((AP,H4)=>{"use strict";function uI(r){return r===0?-.799283237680523:-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}H4.exports=uI});var D4=u((_P,$4)=>{"use strict";function oI(r){return r===0?30.33806074348246:30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}$4.exports=oI});var B4=u((NP,U4)=>{"use strict";var vI=A(),W4=w(),fI=Lr(),cI=_(),lI=T(),pI=w4(),mI=O4(),qI=T4(),hI=R4(),dI=C4(),yI=M4(),gI=G4(),II=D4(),$e=1e-300,AI=13877787807814457e-33,k4=.8450629115104675,_I=.12837916709551256,NI=1,SI=-.0023621185607526594,wI=1,EI=-.009864944034847148,OI=1,FI=-.0098649429247001,TI=1;function PI(r){var e,t,i,s,a,n,o,v;if(vI(r))return NaN;if(r===cI)return 0;if(r===lI)return 2;if(r===0)return 1;if(r<0?(e=!0,t=-r):(e=!1,t=r),t<.84375)return t<AI?1-r:(i=r*r,s=_I+i*pI(i),a=NI+i*mI(i),n=s/a,r<.25?1-(r+r*n):(s=r*n,s+=r-.5,.5-s));if(t<1.25)return a=t-1,o=SI+a*qI(a),v=wI+a*hI(a),e?1+k4+o/v:1-k4-o/v;if(t<28){if(a=1/(t*t),t<2.857142857142857)s=EI+a*dI(a),a=OI+a*yI(a);else{if(r<-6)return 2-$e;s=FI+a*gI(a),a=TI+a*II(a)}return i=fI(t,0),s=W4(-(i*i)-.5625)*W4((i-t)*(i+t)+s/a),e?2-s/t:s/t}return e?2-$e:$e*$e}U4.exports=PI});var dt=u((SP,X4)=>{"use strict";var RI=B4();X4.exports=RI});var Z4=u((wP,Q4)=>{"use strict";var LI=dt(),V4=D(),CI=w(),bI=Cr();function MI(r,e){var t,i,s,a,n;if(a=LI(V4(e)),a!==0&&r>1){for(i=CI(-e)/V4(bI*e),i*=e,t=.5,i/=t,s=i,n=2;n<r;++n)i/=n-t,i*=e,s+=i;a+=s}return a}Q4.exports=MI});var wr=u((EP,Y4)=>{"use strict";var HI=-708.3964185322641;Y4.exports=HI});var z4=u((OP,j4)=>{"use strict";var Gr=w(),De=O(),GI=P(),J4=tr(),K4=wr();function $I(r,e){var t,i;return i=r*GI(e),e>=1?i<J4&&-e>K4?t=De(e,r)*Gr(-e):r>=1?t=De(e/Gr(e/r),r):t=Gr(i-e):i>K4?t=De(e,r)*Gr(-e):e/r<J4?t=De(e/Gr(e/r),r):t=Gr(i-e),t}j4.exports=$I});var yt=u((FP,x4)=>{"use strict";function DI(r,e){var t,i;if(i=r.length,i<2||e===0)return i===0?0:r[0];for(i-=1,t=r[i]*e+r[i-1],i-=2;i>=0;)t=t*e+r[i],i-=1;return t}x4.exports=DI});var ev=u((TP,rv)=>{"use strict";var WI=Function;rv.exports=WI});var iv=u((PP,tv)=>{"use strict";var kI=ev();tv.exports=kI});var sv=u((RP,av)=>{"use strict";var UI=iv(),BI=yt();function XI(r){var e,t,i,s;if(r.length>500)return a;if(e="return function evalpoly(x){",t=r.length,t===0)e+="return 0.0;";else if(t===1)e+="return "+r[0]+";";else{for(e+="if(x===0.0){return "+r[0]+";}",e+="return "+r[0],i=t-1,s=1;s<t;s++)e+="+x*",s<i&&(e+="("),e+=r[s];for(s=0;s<i-1;s++)e+=")";e+=";"}return e+="}",e+="//# sourceURL=evalpoly.factory.js",new UI(e)();function a(n){return BI(r,n)}}av.exports=XI});var ov=u((LP,uv)=>{"use strict";var VI=sr(),nv=yt(),QI=sv();VI(nv,"factory",QI);uv.exports=nv});var fv=u((CP,vv)=>{"use strict";function ZI(r){var e=-r,t=-1,i=0;return s;function s(){return t*=e,i+=1,t/i}}vv.exports=ZI});var lv=u((bP,cv)=>{"use strict";var YI=N(),JI=P(),KI=U(),jI=Hr(),zI=fv();function xI(r){var e,t;return r<=-1?NaN:(t=YI(r),t>.95?JI(1+r)-r:t<KI?-r*r/2:(e={initialValue:-r},jI(zI(r),e)))}cv.exports=xI});var gt=u((MP,pv)=>{"use strict";var rA=lv();pv.exports=rA});var qv=u((HP,mv)=>{"use strict";var eA=6.283185307179586;mv.exports=eA});var dv=u((GP,hv)=>{"use strict";function tA(r){return r===0?-.3333333333333333:-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8296711340953087e-22+r*(-17665952736826078e-23+r*(6707853543401498e-24+r*(10261809784240309e-24+r*(-4382036018453353e-24+r*914769958223679e-24)))))))))))))}hv.exports=tA});var gv=u(($P,yv)=>{"use strict";function iA(r){return r===0?-.001851851851851852:-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4018775720164609e-22+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4647127802807434e-24+r*(1378633446915721e-22+r*(-5752545603517705e-23+r*11951628599778148e-24)))))))))))}yv.exports=iA});var Av=u((DP,Iv)=>{"use strict";function aA(r){return r===0?.004133597883597883:.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3423578734096138e-23+r*(13721957309062932e-22+r*(-6298992138380055e-22+r*14280614206064242e-23)))))))))}Iv.exports=aA});var Nv=u((WP,_v)=>{"use strict";function sA(r){return r===0?.0006494341563786008:.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2396505113867297e-22+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}_v.exports=sA});var wv=u((kP,Sv)=>{"use strict";function nA(r){return r===0?-.0008618882909167117:-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}Sv.exports=nA});var Ov=u((UP,Ev)=>{"use strict";function uA(r){return r===0?-.00033679855336635813:-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1419062920643967e-22+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}Ev.exports=uA});var Tv=u((BP,Fv)=>{"use strict";function oA(r){return r===0?.0005313079364639922:.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7902353232660328e-22+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}Fv.exports=oA});var Rv=u((XP,Pv)=>{"use strict";function vA(r){return r===0?.00034436760689237765:.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}Pv.exports=vA});var Cv=u((VP,Lv)=>{"use strict";function fA(r){return r===0?-.0006526239185953094:-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}Lv.exports=fA});var Mv=u((QP,bv)=>{"use strict";var cA=ov(),lA=gt(),pA=dt(),It=D(),mA=w(),qA=qv(),hA=dv(),dA=gv(),yA=Av(),gA=Nv(),IA=wv(),AA=Ov(),_A=Tv(),NA=Rv(),SA=Cv(),W=[0,0,0,0,0,0,0,0,0,0];function wA(r,e){var t,i,s,a,n;return i=(e-r)/r,s=-lA(i),a=r*s,n=It(2*s),e<r&&(n=-n),W[0]=hA(n),W[1]=dA(n),W[2]=yA(n),W[3]=gA(n),W[4]=IA(n),W[5]=AA(n),W[6]=_A(n),W[7]=NA(n),W[8]=SA(n),W[9]=-.0005967612901927463,t=cA(W,1/r),t*=mA(-a)/It(qA*r),e<r&&(t=-t),t+=pA(It(a))/2,t}bv.exports=wA});var Gv=u((ZP,Hv)=>{"use strict";function EA(r,e){var t=1,i=r,s=e;return a;function a(){var n=t;return i+=1,t*=s/i,n}}Hv.exports=EA});var At=u((YP,$v)=>{"use strict";var OA=Hr(),FA=Gv();function TA(r,e,t){var i,s;return t=t||0,s=FA(r,e),i=OA(s,{initialValue:t}),i}$v.exports=TA});var Wv=u((JP,Dv)=>{"use strict";function PA(r){var e,t,i;return r===0?1/0:(r<0?e=-r:e=r,e<=1?(t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20))))))))),i=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))):(r=1/r,t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658))))))))),i=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))),t/i)}Dv.exports=PA});var Uv=u((KP,kv)=>{"use strict";var RA=Wv();kv.exports=RA});var ee=u((jP,Bv)=>{"use strict";var LA=Uv();Bv.exports=LA});var Qv=u((zP,Vv)=>{"use strict";var CA=ee(),bA=re(),MA=cr(),HA=gt(),GA=D(),$A=N(),lr=w(),te=O(),_t=x(),Nt=B(),Xv=P(),DA=we(),We=tr(),ie=wr(),St=br(),WA=Nr();function kA(r,e){var t,i,s,a,n,o,v;return s=r+St-.5,v=(e-r-St+.5)/s,r<1?e<=ie||r<1/DA?lr(r*Xv(e)-e-bA(r)):te(e,r)*lr(-e)/MA(r):($A(v*v*r)<=100&&r>150?(t=r*HA(v)+e*(.5-St)/s,t=lr(t)):(a=r*Xv(e/s),n=r-e,Nt(a,n)<=ie||_t(a,n)>=We?(i=n/r,Nt(a,n)/2>ie&&_t(a,n)/2<We?(o=te(e/s,r/2)*lr(n/2),t=o*o):Nt(a,n)/4>ie&&_t(a,n)/4<We&&e>r?(o=te(e/s,r/4)*lr(n/4),t=o*o,t*=t):i>ie&&i<We?t=te(e*lr(i)/s,r):t=lr(a+n)):t=te(e/s,r)*lr(n)),t*=GA(s/WA)/CA(r),t)}Vv.exports=kA});var Jv=u((xP,Yv)=>{"use strict";var wt=A(),UA=Ar(),Zv=N(),BA=Qr(),XA=P(),VA=O(),QA=Pr();function ZA(r,e){var t,i;if(wt(r)||wt(e))return NaN;if(e===0)return 0;if(r===0)return-1;if(r<0&&e%2===0&&(r=-r),r>0){if((Zv(e*(r-1))<.5||Zv(e)<.2)&&(i=XA(r)*e,i<.5))return BA(i)}else if(QA(e)!==e)return NaN;return t=VA(r,e)-1,UA(t)||wt(t)?NaN:t}Yv.exports=ZA});var jv=u((rR,Kv)=>{"use strict";var YA=Jv();Kv.exports=YA});var xv=u((eR,zv)=>{"use strict";function JA(r){var e,t,i;return r===0?-.01803556856784494:(r<0?e=-r:e=r,e<=1?(t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0)))))),i=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-22335276320861708e-23))))))):(r=1/r,t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494)))))),i=-22335276320861708e-23+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))),t/i)}zv.exports=JA});var e5=u((tR,r5)=>{"use strict";function KA(r){var e,t,i;return r===0?.04906224540690395:(r<0?e=-r:e=r,e<=1?(t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955))))),i=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))):(r=1/r,t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395))))),i=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))),t/i)}r5.exports=KA});var i5=u((iR,t5)=>{"use strict";function jA(r){var e,t,i;return r===0?-.029232972183027003:(r<0?e=-r:e=r,e<=1?(t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0))))),i=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8271935218912905e-22)))))):(r=1/r,t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003))))),i=-8271935218912905e-22+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))),t/i)}t5.exports=jA});var s5=u((aR,a5)=>{"use strict";var Et=P(),zA=U(),xA=xv(),r_=e5(),e_=i5(),t_=.15896368026733398,i_=.5281534194946289,a_=.45201730728149414;function s_(r,e,t){var i,s,a,n;if(r<zA)return-Et(r);if(e===0||t===0)return 0;if(s=0,r>2){if(r>=3){do r-=1,t-=1,s+=Et(r);while(r>=3);t=r-2}return a=t*(r+1),n=xA(t),s+=a*t_+a*n,s}return r<1&&(s+=-Et(r),t=e,e=r,r+=1),r<=1.5?(a=r_(e),i=e*t,s+=i*i_+i*a,s):(a=t*e,n=e_(-t),s+=a*a_+a*n,s)}a5.exports=s_});var f5=u((sR,v5)=>{"use strict";var n5=cr(),u5=Qr(),n_=j(),u_=A(),o5=s5();function o_(r){return u_(r)?NaN:r<0?r<-.5?n5(1+r)-1:u5(-n_(r)+o5(r+2,r+1,r)):r<2?u5(o5(r+1,r,r-1)):n5(1+r)-1}v5.exports=o_});var l5=u((nR,c5)=>{"use strict";var v_=f5();c5.exports=v_});var m5=u((uR,p5)=>{"use strict";function f_(r,e){var t,i,s,a;return t=-e,e=-e,i=r+1,s=1,n;function n(){return a=t/i,t*=e,s+=1,t/=s,i+=1,a}}p5.exports=f_});var h5=u((oR,q5)=>{"use strict";var c_=jv(),l_=Hr(),p_=l5(),m_=m5();function q_(r,e,t){var i,s,a,n,o;return s=p_(r),a=(s+1)/r,n=c_(e,r),s-=n,s/=r,o=m_(r,e),n+=1,i=t?a:0,s=-n*l_(o,{initialValue:(i-s)/n}),t&&(s=-s),[s,a]}q5.exports=q_});var Ot=u((vR,d5)=>{"use strict";var h_=11754943508222875e-54;d5.exports=h_});var g5=u((fR,y5)=>{"use strict";var ke=N(),X=Ot(),d_=U(),y_=1e6;function g_(r,e,t){var i,s,a,n,o,v,c;if(i=typeof r.next=="function",c=i?r.next().value:r(),n=c[1],a=c[0],n===0&&(n=X),o=n,v=0,i===!0)do c=r.next().value,c&&(v=c[1]+c[0]*v,v===0&&(v=X),o=c[1]+c[0]/o,o===0&&(o=X),v=1/v,s=o*v,n*=s);while(ke(s-1)>e&&--t);else do c=r(),c&&(v=c[1]+c[0]*v,v===0&&(v=X),o=c[1]+c[0]/o,o===0&&(o=X),v=1/v,s=o*v,n*=s);while(c&&ke(s-1)>e&&--t);return a/n}function I_(r,e,t){var i,s,a,n,o,v;if(i=typeof r.next=="function",v=i?r.next().value:r(),a=v[1],a===0&&(a=X),n=a,o=0,i===!0)do v=r.next().value,v&&(o=v[1]+v[0]*o,o===0&&(o=X),n=v[1]+v[0]/n,n===0&&(n=X),o=1/o,s=n*o,a*=s);while(v&&ke(s-1)>e&&--t);else do v=r(),v&&(o=v[1]+v[0]*o,o===0&&(o=X),n=v[1]+v[0]/n,n===0&&(n=X),o=1/o,s=n*o,a*=s);while(v&&ke(s-1)>e&&--t);return a}function A_(r,e){var t,i,s;return i={},arguments.length>1&&(i=e),t=i.maxIter||y_,s=i.tolerance||d_,i.keep?I_(r,s,t):g_(r,s,t)}y5.exports=A_});var _5=u((cR,A5)=>{"use strict";var I5=N(),__=U(),$r=Ot(),N_=1e6;function S_(r,e,t){var i,s,a,n,o,v;v=r(),o=v[1],s=v[0],o===0&&(o=$r),a=o,n=0;do v=r(),v&&(n=v[1]+v[0]*n,n===0&&(n=$r),a=v[1]+v[0]/a,a===0&&(a=$r),n=1/n,i=a*n,o*=i);while(v&&I5(i-1)>e&&--t);return s/o}function w_(r,e,t){var i,s,a,n,o;o=r(),n=o[1],n===0&&(n=$r),s=n,a=0;do o=r(),o&&(a=o[1]+o[0]*a,a===0&&(a=$r),s=o[1]+o[0]/s,s===0&&(s=$r),a=1/a,i=s*a,n*=i);while(o&&I5(i-1)>e&&--t);return n}function E_(r,e){var t,i,s;return i={},arguments.length>1&&(i=e),s=i.tolerance||__,t=i.maxIter||N_,i.keep?w_(r,s,t):S_(r,s,t)}A5.exports=E_});var Tt=u((lR,N5)=>{"use strict";var O_=qt(),F_=g5(),T_=_5(),Ft;O_()?Ft=F_:Ft=T_;N5.exports=Ft});var w5=u((pR,S5)=>{"use strict";function P_(r,e){var t=e-r+1,i=r,s=0;return a;function a(){return s+=1,t+=2,[s*(i-s),t]}}S5.exports=P_});var Pt=u((mR,E5)=>{"use strict";var R_=Tt(),L_=w5();function C_(r,e){var t=L_(r,e);return 1/(e-r+1+R_(t))}E5.exports=C_});var P5=u((qR,T5)=>{"use strict";var b_=F(),ae=cr(),Rt=N(),O5=O(),M_=P(),H_=n4(),F5=we(),G_=tr(),$_=A4(),D_=N4(),W_=Z4(),Lt=z4(),k_=Mv(),U_=At(),Ct=Qv(),B_=h5(),X_=Pt();function V_(r,e,t,i){var s,a,n,o,v,c,f,l,m,p,h,y,g,d;switch(f=0,l=i,c=e<30&&e<=r+1&&r<G_,c?(g=b_(e),m=g===e,n=m?!1:Rt(g-e)===.5):(m=!1,n=!1),m&&r>.6?(l=!l,a=0):n&&r>.2?(l=!l,a=1):r<H_&&e>1?a=6:r>1e3&&(e<r||Rt(e-50)/r<1)?(l=!l,a=7):r<.5?-.4/M_(r)<e?a=2:a=3:r<1.1?r*.75<e?a=2:a=3:(v=!1,t&&e>20&&(p=Rt((r-e)/e),e>200?20/e>p*p&&(v=!0):p<.4&&(v=!0)),v?a=5:r-1/(3*r)<e?a=2:(a=4,l=!l)),a){case 0:f=D_(e,r),t===!1&&(f*=ae(e));break;case 1:f=W_(e,r),t===!1&&(f*=ae(e));break;case 2:f=t?Ct(e,r):Lt(e,r),f!==0&&(o=0,s=!1,l&&(o=t?1:ae(e),t||f>=1||F5*f>o?(o/=f,t||e<1||F5/e>o?(o*=-e,s=!0):o=0):o=0),f*=U_(e,r,o)/e,s&&(l=!1,f=-f));break;case 3:l=!l,h=B_(e,r,l),f=h[0],d=h[1],l=!1,t&&(f/=d);break;case 4:f=t?Ct(e,r):Lt(e,r),f!==0&&(f*=X_(e,r));break;case 5:f=k_(e,r),r>=e&&(l=!l);break;case 6:f=t?O5(r,e)/ae(e+1):O5(r,e)/e,f*=1-e*r/(e+1);break;case 7:f=t?Ct(e,r):Lt(e,r),f/=r,f!==0&&(f*=$_(e,r));break}return t&&f>1&&(f=1),l&&(y=t?1:ae(e),f=y-f),f}T5.exports=V_});var b5=u((hR,C5)=>{"use strict";var Q_=re(),Z_=w(),V=P(),Y_=ft(),J_=tr(),K_=_(),j_=jr(),R5=P5(),L5=At(),z_=Pt();function x_(r,e,t,i){var s,a,n,o;return r<0||e<=0?NaN:(s=t===void 0?!0:t,n=i,e>=j_&&!s?(n&&e*4<r?(o=e*V(r)-r,o+=V(z_(e,r))):!n&&e>4*r?(o=e*V(r)-r,a=0,o+=V(L5(e,r,a)/e)):(o=R5(r,e,!0,n),o===0?n?(o=1+1/(12*e)+1/(288*e*e),o=V(o)-e+(e-.5)*V(e),o+=V(Y_)):(o=e*V(r)-r,a=0,o+=V(L5(e,r,a)/e)):o=V(o)+Q_(e)),o>J_?K_:Z_(o)):R5(r,e,s,n))}C5.exports=x_});var H5=u((dR,M5)=>{"use strict";var rN=b5();M5.exports=rN});var W5=u((yR,D5)=>{"use strict";var Dr=w(),Ue=O(),eN=P(),G5=tr(),$5=wr();function tN(r,e){var t,i;return i=r*eN(e),e>=1?i<G5&&-e>$5?t=Ue(e,r)*Dr(-e):r>=1?t=Ue(e/Dr(e/r),r):t=Dr(i-e):i>$5?t=Ue(e,r)*Dr(-e):e/r<G5?t=Ue(e/Dr(e/r),r):t=Dr(i-e),t}D5.exports=tN});var B5=u((gR,U5)=>{"use strict";var iN=ee(),aN=re(),sN=cr(),nN=j(),uN=D(),oN=N(),pr=w(),se=O(),bt=x(),Mt=B(),k5=P(),Be=tr(),ne=wr(),Ht=br(),vN=Nr();function fN(r,e){var t,i,s,a,n,o,v;return s=r+Ht-.5,v=(e-r-Ht+.5)/s,r<1?e<=ne?pr(r*k5(e)-e-aN(r)):se(e,r)*pr(-e)/sN(r):(oN(v*v*r)<=100&&r>150?(t=r*(nN(v)-v)+e*(.5-Ht)/s,t=pr(t)):(a=r*k5(e/s),n=r-e,Mt(a,n)<=ne||bt(a,n)>=Be?(i=n/r,Mt(a,n)/2>ne&&bt(a,n)/2<Be?(o=se(e/s,r/2)*pr(n/2),t=o*o):Mt(a,n)/4>ne&&bt(a,n)/4<Be&&e>r?(o=se(e/s,r/4)*pr(n/4),t=o*o,t*=t):i>ne&&i<Be?t=se(e*pr(i)/s,r):t=pr(a+n)):t=se(e/s,r)*pr(n)),t*=uN(s/vN)/iN(r),t)}U5.exports=fN});var Y5=u((IR,Z5)=>{"use strict";var cN=m6(),X5=ct(),lN=H5(),pN=j(),Xe=N(),V5=O(),mN=P(),qN=Rr(),Q5=U(),hN=W5(),dN=B5(),mr=new Array(30);function yN(r,e,t,i,s,a,n){var o,v,c,f,l,m,p,h,y,g,d,I,q,C,S,H,G,R;if(m=e-1,G=r+m/2,i<.35?g=pN(-i):g=mN(t),R=-G*g,I=dN(e,R),I<=qN)return s;for(n?(o=I/cN(r,e),o/=V5(G,e)):o=hN(e,R)/V5(G,e),o*=a,mr[0]=1,q=lN(R,e,!0,!0),q/=I,f=s+o*q,c=1,p=g/2,p*=p,h=1,d=4*G*G,l=e,S=1;S<mr.length;++S){for(c+=2,mr[S]=0,y=e-S,v=3,C=1;C<S;++C)y=C*e-S,mr[S]+=y*mr[S-C]/X5(v),v+=2;if(mr[S]/=S,mr[S]+=m/X5(c),q=(l*(l+1)*q+(R+l+1)*h)/d,h*=p,l+=2,H=o*mr[S]*q,f+=H,H>1){if(Xe(H)<Xe(Q5*f))break}else if(Xe(H/Q5)<Xe(f))break}return f}Z5.exports=yN});var K5=u((AR,J5)=>{"use strict";function gN(r,e,t){var i,s;if(t===0)return 1;for(i=1,s=0;s<t;s++)i*=(r+s)/(e+s);return i}J5.exports=gN});var x5=u((_R,z5)=>{"use strict";var j5=N(),IN=x();function AN(r,e){return IN(j5(r),j5(e))}z5.exports=AN});var e9=u((NR,r9)=>{"use strict";var _N=x5();r9.exports=_N});var a9=u((SR,i9)=>{"use strict";var t9=N(),NN=B();function SN(r,e){return NN(t9(r),t9(e))}i9.exports=SN});var n9=u((wR,s9)=>{"use strict";var wN=a9();s9.exports=wN});var Qe=u((ER,v9)=>{"use strict";var Gt=ee(),EN=e9(),ON=n9(),u9=Qr(),qr=j(),o9=D(),Ve=N(),Q=w(),Z=O(),FN=B(),b=P(),Y=tr(),Wr=wr(),$t=br(),TN=Nr();function PN(r,e,t,i,s){var a,n,o,v,c,f,l,m,p,h,y,g,d,I;if(!s)return Z(t,r)*Z(i,e);if(d=r+e,v=r+$t-.5,c=e+$t-.5,f=d+$t-.5,a=Gt(d),a/=Gt(r)*Gt(e),a*=o9(c/TN),a*=o9(v/f),l=(t*e-i*v)/v,m=(i*r-t*c)/c,ON(l,m)<.2)if(l*m>0||FN(r,e)<1)Ve(l)<.1?a*=Q(r*qr(l)):a*=Z(t*f/v,r),Ve(m)<.1?a*=Q(e*qr(m)):a*=Z(i*f/c,e);else if(EN(l,m)<.5)n=r<e,o=e/r,n&&o*m<.1||!n&&l/o>.1?(p=u9(o*qr(m)),p=l+p+p*l,p=r*qr(p),a*=Q(p)):(p=u9(qr(l)/o),p=m+p+p*m,p=e*qr(p),a*=Q(p));else if(Ve(l)<Ve(m))if(I=r*qr(l)+e*b(i*f/c),I<=Wr||I>=Y){if(I+=b(a),I>=Y)return NaN;a=Q(I)}else a*=Q(I);else if(I=e*qr(m)+r*b(t*f/v),I<=Wr||I>=Y){if(I+=b(a),I>=Y)return NaN;a=Q(I)}else a*=Q(I);else if(y=t*f/v,g=i*f/c,l=r*b(y),m=e*b(g),l>=Y||l<=Wr||m>=Y||m<=Wr)if(r<e)if(h=Z(g,e/r),p=r*(b(y)+b(h)),p<Y&&p>Wr)a*=Z(h*y,r);else{if(m+=l+b(a),m>=Y)return NaN;a=Q(m)}else if(h=Z(y,r/e),p=(b(h)+b(g))*e,p<Y&&p>Wr)a*=Z(h*g,e);else{if(m+=l+b(a),m>=Y)return NaN;a=Q(m)}else a*=Z(y,r)*Z(g,e);return a}v9.exports=PN});var c9=u((OR,f9)=>{"use strict";var RN=Tt(),LN=Qe(),CN={keep:!0,maxIter:1e3};function bN(r,e,t,i){var s=0;return a;function a(){var n,o,v;return o=(r+s-1)*(r+e+s-1)*s*(e-s)*t*t,n=r+2*s-1,o/=n*n,v=s,v+=s*(e-s)*t/(r+2*s-1),v+=(r+s)*(r*i-e*t+1+s*(2-t))/(r+2*s+1),s+=1,[o,v]}}function MN(r,e,t,i,s,a){var n,o,v;return n=LN(r,e,t,i,s),a&&(a[1]=n),n===0?n:(v=bN(r,e,t,i),o=RN(v,CN),n/o)}f9.exports=MN});var p9=u((FR,l9)=>{"use strict";var HN=9007199254740991;l9.exports=HN});var q9=u((TR,m9)=>{"use strict";function GN(r,e){var t=0,i;if(r===0)return e;if(e===0)return r;for(;(r&1)===0&&(e&1)===0;)r>>>=1,e>>>=1,t+=1;for(;(r&1)===0;)r>>>=1;for(;e;){for(;(e&1)===0;)e>>>=1;r>e&&(i=e,e=r,r=i),e-=r}return r<<t}m9.exports=GN});var d9=u((PR,h9)=>{"use strict";function $N(r,e){var t=1,i;if(r===0)return e;if(e===0)return r;for(;r%2===0&&e%2===0;)r/=2,e/=2,t*=2;for(;r%2===0;)r/=2;for(;e;){for(;e%2===0;)e/=2;r>e&&(i=e,e=r,r=i),e-=r}return t*r}h9.exports=$N});var S9=u((RR,N9)=>{"use strict";var y9=A(),g9=_r(),I9=_(),A9=T(),_9=et(),DN=q9(),WN=d9();function kN(r,e){return y9(r)||y9(e)?NaN:r===I9||e===I9||r===A9||e===A9?NaN:g9(r)&&g9(e)?(r<0&&(r=-r),e<0&&(e=-e),r<=_9&&e<=_9?DN(r,e):WN(r,e)):NaN}N9.exports=kN});var E9=u((LR,w9)=>{"use strict";var UN=S9();w9.exports=UN});var P9=u((CR,T9)=>{"use strict";var BN=p9(),XN=_(),O9=_r(),F9=A(),VN=Ie(),QN=F(),ZN=E9();function Dt(r,e){var t,i,s,a,n,o,v;if(F9(r)||F9(e))return NaN;if(!O9(r)||!O9(e))return NaN;if(e<0||(i=1,r<0&&(r=-r+e-1,VN(e)&&(i*=-1)),e>r))return 0;if(e===0||e===r)return i;if(e===1||e===r-1)return i*r;for(r-e<e&&(e=r-e),v=QN(BN/r),t=1,n=1;n<=e&&!(t>v);n++)t*=r,t/=n,r-=1;return n>e?i*t:(s=Dt(r,e-n+1),s===XN?i*s:(a=Dt(e,e-n+1),o=ZN(s,a),s/=o,a/=o,t/=a,i*t*s))}T9.exports=Dt});var L9=u((bR,R9)=>{"use strict";var YN=P9();R9.exports=YN});var M9=u((MR,b9)=>{"use strict";var C9=L9(),Er=F(),ue=O(),JN=Rr();function KN(r,e,t,i){var s,a,n,o,v;if(a=ue(t,r),a>JN)for(o=a,v=Er(r-1);v>e;v--)o*=(v+1)*i/((r-v)*t),a+=o;else if(n=Er(r*t),n<=e+1&&(n=Er(e+2)),a=ue(t,n)*ue(i,r-n),a*=C9(Er(r),Er(n)),a===0)for(v=n-1;v>e;v--)a+=ue(t,v)*ue(i,r-v),a*=C9(Er(r),Er(v));else{for(o=a,s=a,v=n-1;v>e;v--)o*=(v+1)*i/((r-v)*t),a+=o;for(o=s,v=n+1;v<=r;v++)o*=(r-v+1)*t/(v*i),a+=o}return a}b9.exports=KN});var G9=u((HR,H9)=>{"use strict";var jN=Qe();function zN(r,e,t,i,s,a,n){var o,v,c,f;if(o=jN(r,e,t,i,a),n&&(n[1]=o),o/=r,o===0)return o;for(c=1,v=1,f=0;f<s-1;++f)v*=(r+e+f)*t/(r+f+1),c+=v;return o*=c,o}H9.exports=zN});var U9=u((GR,k9)=>{"use strict";var Wt=ee(),xN=Hr(),rS=j(),eS=D(),kt=w(),Ze=O(),oe=P(),tS=Rr(),$9=tr(),D9=wr(),Ut=br(),iS=Nr(),W9={maxTerms:100};function aS(r,e,t,i){var s=1-e,a=1;return n;function n(){var o=i/r;return r+=1,i*=s*t/a,a+=1,s+=1,o}}function sS(r,e,t,i,s,a,n){var o,v,c,f,l,m,p,h;return s?(p=r+e,v=r+Ut-.5,c=e+Ut-.5,f=p+Ut-.5,o=Wt(p)/(Wt(r)*Wt(e)),l=oe(f/c)*(e-.5),m=oe(t*f/v)*r,l>D9&&l<$9&&m>D9&&m<$9?(r*e<c*10?o*=kt((e-.5)*rS(r/c)):o*=Ze(f/c,e-.5),o*=Ze(t*f/v,r),o*=eS(v/iS),a&&(a[1]=o*Ze(n,e))):(o=oe(o)+l+m+(oe(v)-1)/2,a&&(a[1]=kt(o+e*oe(n))),o=kt(o))):o=Ze(t,r),o<tS?i:(h=aS(r,e,t,o),W9.initialValue=i,xN(h,W9))}k9.exports=sS});var Vt=u(($R,J9)=>{"use strict";var nS=A(),uS=Qr(),Ye=F(),B9=j(),X9=b1(),M=n2(),Bt=D(),oS=w(),ve=O(),vS=x(),V9=B(),Je=we(),Q9=Rr(),fS=et(),cS=w2(),Y9=Cr(),hr=Y5(),Xt=K5(),lS=Qe(),Z9=c9(),pS=M9(),fe=G9(),J=U9(),mS=1/Y9;function qS(r,e,t,i,s,a,n,o){var v,c,f,l,m,p,h,y,g,d,I,q;if(q=1-r,h=o,y=o+n,a[y]=-1,nS(r)||r<0||r>1)return a[h]=NaN,a[y]=NaN,a;if(i){if(e<0||t<0)return a[h]=NaN,a[y]=NaN,a;if(e===0){if(t===0)return a[h]=NaN,a[y]=NaN,a;if(t>0)return a[h]=s?0:1,a}else if(t===0&&e>0)return a[h]=s?1:0,a}else if(e<=0||t<=0)return a[h]=NaN,a[y]=NaN,a;return r===0?(e===1?a[y]=1:a[y]=e<1?Je/2:Q9*2,s?(a[h]=i?1:M(e,t),a):(a[h]=0,a)):r===1?(t===1?a[y]=1:a[y]=t<1?Je/2:Q9*2,s?a[h]=0:a[h]=i?1:M(e,t),a):e===.5&&t===.5?(a[y]=mS*Bt(q*r),I=X9(Bt(s?q:r)),I/=cS,i||(I*=Y9),a[h]=I,a):(e===1&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),t===1?e===1?(a[h]=s?q:r,a[y]=1,a):(a[y]=e*ve(r,e-1),q<.5?I=s?-uS(e*B9(-q)):oS(e*B9(-q)):I=s?-(ve(r,e)-1):ve(r,e),i||(I/=e),a[h]=I,a):(V9(e,t)<=1?(r>.5&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),vS(e,t)<=1?e>=V9(.2,t)||ve(r,e)<=.9?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(p=t,t=e,e=p,p=q,q=r,r=p,s=!s,q>=.3?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(i?c=1:c=Xt(e+t,e,20),f=fe(e,t,r,q,20,i,a),s?(f-=i?1:M(e,t),s=!1,f=-hr(e+20,t,r,q,f,c,i)):f=hr(e+20,t,r,q,f,c,i))):t<=1||r<.1&&ve(t*r,e)<=.7?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):(p=t,t=e,e=p,p=q,q=r,r=p,s=!s,q>=.3?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):e>=15?s?(f=-(i?1:M(e,t)),s=!1,f=-hr(e,t,r,q,f,1,i)):f=hr(e,t,r,q,0,1,i):(i?c=1:c=Xt(e+t,e,20),f=fe(e,t,r,q,20,i,a),s?(f-=i?1:M(e,t),s=!1,f=-hr(e+20,t,r,q,f,c,i)):f=hr(e+20,t,r,q,f,c,i)))):(e<t?v=e-(e+t)*r:v=(e+t)*q-t,v<0&&(p=t,t=e,e=p,p=q,q=r,r=p,s=!s),t<40?Ye(e)===e&&Ye(t)===t&&e<fS-100?(g=e-1,d=t+g,f=pS(d,g,r,q),i||(f*=M(e,t))):t*r<=.7?s?(f=-(i?1:M(e,t)),s=!1,f=-J(e,t,r,f,i,a,q)):f=J(e,t,r,0,i,a,q):e>15?(d=Ye(t),d===t&&(d-=1),l=t-d,i?c=1:c=Xt(e+l,l,d),f=fe(l,e,q,r,d,i),f=hr(e,l,r,q,f,1,i),f/=c):i?(d=Ye(t),l=t-d,l<=0&&(d-=1,l+=1),f=fe(l,e,q,r,d,i),f+=fe(e,l,r,q,20,i),s&&(f-=1),f=hr(e+20,l,r,q,f,1,i),s&&(f=-f,s=!1)):f=Z9(e,t,r,q,i,a):f=Z9(e,t,r,q,i,a)),a[y]<0&&(a[y]=lS(e,t,r,q,!0)),m=q*r,a[y]!==0&&(Je*m<a[y]?a[y]=Je/2:a[y]/=m),a[h]=s?(i?1:M(e,t))-f:f,a))}J9.exports=qS});var j9=u((DR,K9)=>{"use strict";var hS=Vt();function dS(r,e,t,i,s){return hS(r,e,t,i,s,[0,0],1,0)}K9.exports=dS});var r7=u((WR,x9)=>{"use strict";var yS=sr(),z9=j9(),gS=Vt();yS(z9,"assign",gS);x9.exports=z9});var t7=u((kR,e7)=>{"use strict";var IS=r7().assign;function AS(r,e,t,i,s){var a=[0,0];return i=i!==!1,s=s===!0,IS(r,e,t,i,s,a,1,0),a[0]}e7.exports=AS});var Qt=u((UR,i7)=>{"use strict";var _S=t7();i7.exports=_S});var s7=u((BR,a7)=>{"use strict";var NS=yr(),SS=Qt(),Zt=A(),wS=F(),ES=_();function OS(r,e,t){return Zt(r)||Zt(e)||Zt(t)||t<0||t>1||!NS(e)||e===ES?NaN:r<0?0:r>=e?1:(r=wS(r+1e-7),SS(t,r+1,e-r,!0,!0))}a7.exports=OS});var u7=u((XR,n7)=>{"use strict";function FS(r){return e;function e(){return r}}n7.exports=FS});var Ke=u((VR,o7)=>{"use strict";var TS=u7();o7.exports=TS});var f7=u((QR,v7)=>{"use strict";var PS=yr(),RS=Ke(),LS=Qt(),Yt=A(),CS=F(),bS=_();function MS(r,e){if(Yt(r)||Yt(e)||e<0||e>1||!PS(r)||r===bS)return RS(NaN);return t;function t(i){return Yt(i)?NaN:i<0?0:i>=r?1:(i=CS(i+1e-7),LS(e,i+1,r-i,!0,!0))}}v7.exports=MS});var p7=u((ZR,l7)=>{"use strict";var HS=sr(),c7=s7(),GS=f7();HS(c7,"factory",GS);l7.exports=c7});var q7=u((YR,m7)=>{"use strict";var $S=F();function DS(r){return $S(r)===r&&r<0}m7.exports=DS});var d7=u((JR,h7)=>{"use strict";var WS=q7();h7.exports=WS});var g7=u((KR,y7)=>{"use strict";var kS=d7(),US=re();function BS(r){return kS(r)?NaN:US(r+1)}y7.exports=BS});var Jt=u((jR,I7)=>{"use strict";var XS=g7();I7.exports=XS});var N7=u((zR,_7)=>{"use strict";var je=yr(),ze=A(),VS=w(),ir=Jt(),QS=x(),ZS=B(),A7=_();function YS(r,e,t,i){var s,a,n,o,v;return ze(r)||ze(e)||ze(t)||ze(i)||!je(e)||!je(t)||!je(i)||e===A7||t===A7||t>e||i>e?NaN:(v=QS(0,i+t-e),o=ZS(t,i),je(r)&&v<=r&&r<=o?(a=ir(i)+ir(t)+ir(e-i)+ir(e-t),s=ir(e)+ir(r)+ir(i-r),s+=ir(t-r)+ir(e-t+r-i),n=a-s,VS(n)):0)}_7.exports=YS});var E7=u((xR,w7)=>{"use strict";var xe=yr(),r0=A(),JS=Ke(),KS=w(),ar=Jt(),jS=x(),zS=B(),S7=_();function xS(r,e,t){var i,s;if(r0(r)||r0(e)||r0(t)||!xe(r)||!xe(e)||!xe(t)||r===S7||e===S7||e>r||t>r)return JS(NaN);return s=jS(0,t+e-r),i=zS(e,t),a;function a(n){var o,v,c;return r0(n)?NaN:xe(n)&&s<=n&&n<=i?(v=ar(t)+ar(e)+ar(r-t)+ar(r-e),o=ar(r)+ar(n)+ar(t-n),o+=ar(e-n)+ar(r-e+n-t),c=v-o,KS(c)):0}}w7.exports=xS});var Kt=u((rL,F7)=>{"use strict";var rw=sr(),O7=N7(),ew=E7();rw(O7,"factory",ew);F7.exports=O7});var jt=u((eL,T7)=>{"use strict";function tw(r){var e,t,i;for(e=r.length,t=0,i=0;i<e;i++)t+=r[i];return t}T7.exports=tw});var C7=u((tL,L7)=>{"use strict";var zt=yr(),e0=A(),iw=Pr(),aw=x(),P7=B(),sw=Kt(),R7=_(),nw=K(),uw=jt();function ow(r,e,t,i){var s,a,n,o,v;if(e0(r)||e0(e)||e0(t)||e0(i)||!zt(e)||!zt(t)||!zt(i)||e===R7||t===R7||t>e||i>e)return NaN;if(r=iw(r),r<aw(0,i+t-e))return 0;if(r>=P7(i,t))return 1;for(a=new nw(r+1),a[r]=sw(r,e,t,i),v=r-1;v>=0;v--)n=(v+1)*(e-t-(i-v-1)),s=(t-v)*(i-v),a[v]=n/s*a[v+1];return o=uw(a),P7(o,1)}L7.exports=ow});var G7=u((iL,H7)=>{"use strict";var xt=yr(),t0=A(),vw=Ke(),fw=Pr(),cw=x(),b7=B(),lw=Kt(),M7=_(),pw=K(),mw=jt();function qw(r,e,t){if(t0(r)||t0(e)||t0(t)||!xt(r)||!xt(e)||!xt(t)||r===M7||e===M7||e>r||t>r)return vw(NaN);return i;function i(s){var a,n,o,v,c;if(t0(s))return NaN;if(s=fw(s),s<cw(0,t+e-r))return 0;if(s>=b7(t,e))return 1;for(n=new pw(s+1),n[s]=lw(s,r,e,t),c=s-1;c>=0;c--)o=(c+1)*(r-e-(t-c-1)),a=(e-c)*(t-c),n[c]=o/a*n[c+1];return v=mw(n),b7(v,1)}}H7.exports=qw});var W7=u((aL,D7)=>{"use strict";var hw=sr(),$7=C7(),dw=G7();hw($7,"factory",dw);D7.exports=$7});async function Ei(r,e,t,i,s){if(i.mode==="promote")return pi(r,e,t,i);let a=await li(r,e,t,i,s),n=r.state,o=o0(r,u0(e)).service,v=n!==void 0&&(n.status==="switched"||n.status==="paused")&&n.color===u0(e)&&o.desiredCount>0&&n0(o.taskDefinition,n.taskDefinition);return a.kind==="deploy"&&v&&"arn"in a.taskDefinition&&n0(a.taskDefinition.arn,o.taskDefinition)?{kind:"continue",from:"verify",taskDefinitionArn:o.taskDefinition}:a}function Oi(r){let e=r.state;if(!e||!["deploying","paused","switched"].includes(e.status)){let i=e?`the last rollout recorded on the pair is ${e.status} on ${e.color} (${e.taskDefinition})`:"no rollout is recorded on the pair";return{live:e?.previousColor??"blue",plan:{kind:"nothing",reason:`Nothing to abort: ${i}`}}}let t=o0(r,e.color).service.taskDefinition;return{live:e.previousColor,plan:{kind:"continue",from:"verify",taskDefinitionArn:t}}}function x7(r){let e=r.indexOf("targetgroup/");return e>=0?r.slice(e):r}function Fi(r,e){let t=Math.floor(r/6e4)*6e4;return Math.max(60,Math.ceil((e-t)/6e4)*60)}function Ti(r,e,t){return["canary","stable"].flatMap(i=>{let s={LoadBalancer:r,TargetGroup:x7(e[i])},a=(o,v,c)=>({id:`${i}_${o}`,namespace:"AWS/ApplicationELB",metricName:v,dimensions:s,stat:c}),n=[a("requests","RequestCount","Sum"),a("errors","HTTPCode_Target_5XX_Count","Sum"),a("connection_errors","TargetConnectionErrorCount","Sum"),a("p99","TargetResponseTime","p99")];return t!==void 0&&n.push(a("fast","TargetResponseTime",`PR(:${e8(t)})`)),n})}function f0(r,e){let t=f=>r[`${e}_${f}`]??{timestamps:[],values:[]},i=f=>t(f).values.reduce((l,m)=>l+m,0),s=new Map,a=t("requests");a.timestamps.forEach((f,l)=>s.set(f,(s.get(f)??0)+a.values[l]));let n=i("requests"),o={requests:Math.round(n),errors:Math.min(Math.round(i("errors")+i("connection_errors")),Math.round(n))},v=r8(t("p99"),s);v!==void 0&&(o.p99=v);let c=t("fast");return r[`${e}_fast`]&&(o.slow=Math.round(c.timestamps.reduce((f,l,m)=>f+(s.get(l)??0)*(1-c.values[m]/100),0))),o}function r8(r,e){if(r.values.length===0)return;let t=0,i=0;return r.timestamps.forEach((s,a)=>{let n=e.get(s)??0;t+=r.values[a]*n,i+=n}),i>0?t/i:r.values.reduce((s,a)=>s+a,0)/r.values.length}function e8(r){return String(Number(r.toFixed(6)))}function k(r){let e=r*100;return`${e.toFixed(e<10?2:1).replace(/\.0+$|(\.\d*?)0+$/,"$1")}%`}function me(r){return r>=1?`${r.toFixed(2)} s`:`${Math.round(r*1e3)} ms`}var k7=ti(p7(),1),U7=ti(W7(),1);function ri(r,e){if(r.hits<=0||r.total<=0)return 1;let t=r.total+e.total,i=Math.min(r.hits+e.hits,t);return X7(1-(0,U7.default)(r.hits-1,t,i,r.total))}function B7(r,e){return r.hits<=0||r.total<=0?1:e<=0?0:X7(1-(0,k7.default)(r.hits-1,r.total,e))}function X7(r){return Number.isNaN(r)?1:Math.min(1,Math.max(0,r))}var kr=r=>r.requests>0?r.errors/r.requests:0;function ei(r,e,t,i){let s=`${V7("canary",r)}; ${V7("stable",e)}`;if(r.requests<t.minRequests)return{verdict:"inconclusive",check:"min-requests",reason:`${r.requests} canary requests in the window, fewer than min-requests ${t.minRequests} (${s})`};let a=(f,l)=>`${l} p ${f<1e-4?"< 0.0001":`= ${f.toPrecision(2)}`}, ${f<i?"significant":"not significant"} at ${yw(i)} confidence`,n=[],o=kr(r);if(o>t.maxErrorRate){let f=B7({hits:r.errors,total:r.requests},t.maxErrorRate),l=`error rate ${k(o)} over max-error-rate ${k(t.maxErrorRate)} (${a(f,"exact binomial test")})`;if(f<i)return{verdict:"failed",check:"max-error-rate",reason:`${l}: ${s}`};n.push(l)}if(e.requests>0){let f=o-kr(e);if(f>t.maxErrorRateIncrease){let l=ri({hits:r.errors,total:r.requests},{hits:e.errors,total:e.requests}),m=`error rate ${Q7(f)} over stable, more than max-error-rate-increase ${Q7(t.maxErrorRateIncrease)} (${a(l,"Fisher's exact test")})`;if(l<i)return{verdict:"failed",check:"max-error-rate-increase",reason:`${m}: ${s}`};n.push(m)}}else n.push("stable served no request in the window, so only max-error-rate is judged");let v=e.p99===void 0?void 0:e.p99*(1+t.maxLatencyIncrease);if(r.p99!==void 0&&e.p99!==void 0&&v!==void 0&&r.p99>v){let l=`p99 ${e.p99>0?`+${k(r.p99/e.p99-1)}`:"up"} over stable, more than max-latency-increase ${k(t.maxLatencyIncrease)}`;if(r.slow!==void 0&&e.slow!==void 0){let m=ri({hits:r.slow,total:r.requests},{hits:e.slow,total:e.requests}),p=`${r.slow} of ${r.requests} canary and ${e.slow} of ${e.requests} stable requests slower than the limit; ${a(m,"Fisher's exact test")}`;if(m<i)return{verdict:"failed",check:"max-latency-increase",reason:`${l} (${p}): ${s}`};n.push(`${l} (${p})`)}else n.push(`${l} (not judged before the next look counts the requests slower than the limit)`)}let c=n.length>0?`; ${n.join("; ")}`:"";return{verdict:"passed",reason:`${s}${c}`}}function V7(r,e){if(e.requests===0)return`${r}: no request`;let t=e.p99===void 0?"":`, p99 ${me(e.p99)}`;return`${r} ${k(kr(e))} errors (${e.errors} of ${e.requests} requests)${t}`}function yw(r){return k(1-r)}function Q7(r){return`+${k(r).replace("%","")} ${Math.abs(r*100-1)<1e-9?"point":"points"}`}var gw=.05,Iw=.001,i0=class{name="analysis";steps=[];samples=[];metrics;target;settings;clock;current;limit;constructor(e,t,i,s){this.metrics=e,this.target=t,this.settings=i,this.clock=s}begin(e,t,i,s){let a={requests:0,errors:0,errorRate:0},n=new Date(i).toISOString(),o={step:e,weight:t,start:n,end:n,canary:a,stable:a,verdict:"watching",reason:"no look yet"};this.steps.push(o),this.current={step:o,startedAt:i,endsAt:s,settled:!1}}get settled(){return this.current?.settled??!1}inconclusive(e){let t=this.current?.step;return t?(t.verdict="inconclusive",t.reason=`${e}: ${t.reason}`,t.reason):e}async check(e){let t=this.current;if(!t)return{state:"passed",observed:"no step under analysis"};let i=this.clock.now(),{canary:s,stable:a}=await this.look(t.startedAt,i,e?.signal),n=t.step;if(n.end=new Date(i).toISOString(),n.canary={...s,errorRate:kr(s)},n.stable={...a,errorRate:kr(a)},this.samples.push({at:i,weight:n.weight,canaryErrorRate:n.canary.errorRate,stableErrorRate:n.stable.errorRate}),i<t.endsAt){let o=ei(s,a,this.settings,Iw);return o.verdict==="failed"?this.record("failed",o):{state:"passed",observed:o.reason}}return this.conclude(ei(s,a,this.settings,gw))}conclude(e){let t=this.current;if(e.verdict==="passed")return t.settled=!0,this.record("passed",e);if(e.verdict==="failed")return this.record("failed",e);let{onInconclusive:i}=this.settings;return i==="pass"?(t.settled=!0,this.record("passed-inconclusive",e),{state:"passed",observed:`inconclusive, passed (on-inconclusive: pass): ${e.reason}`}):i==="fail"?(this.record("inconclusive",e),{state:"failed",observed:`inconclusive (on-inconclusive: fail): ${e.reason}`}):(t.step.reason=e.reason,{state:"passed",observed:`inconclusive so far, waiting for more requests: ${e.reason}`})}record(e,t){let i=this.current.step;return i.verdict=e,i.reason=t.reason,{state:e==="failed"?"failed":"passed",observed:t.reason}}async look(e,t,i){let{loadBalancer:s,targetGroups:a}=this.target,n=await this.metrics.metricData(Ti(s,a,this.limit),{start:e,end:Math.max(t,e+1e3),periodSeconds:Fi(e,t)},i),o=f0(n,"canary"),v=f0(n,"stable");return v.p99!==void 0&&(this.limit=v.p99*(1+this.settings.maxLatencyIncrease)),{canary:o,stable:v}}};function Z7(r){return["deploy","verify",...Array.from({length:r},(e,t)=>`step-${t+1}`),"full","bake","scale-down"]}function Y7(r,e,t){let i=r.findIndex(s=>t?s.weight>e:s.weight>=e);return i<0?r.length:i}var ce=class extends qi{analysis;stepIndex=0;planned;fullCount;constructor(e,t,i,s){super(e,t,i,s);let a={canary:this.side(this.target).targetGroupArn,stable:this.side(this.previous).targetGroupArn},n=vi(s.pair.rule.listenerArn);this.analysis=new i0(t.metrics,{loadBalancer:n,targetGroups:a},e,i.clock),this.planned=this.router.percentByColor()[this.target];let{plan:o}=s;this.fullCount=o.kind==="deploy"?o.desiredCount:this.side(this.previous).service.desiredCount}async run(e){let{rollout:t,roles:i,options:s}=this,{plan:a}=i;this.begin();let n=a.kind==="continue"&&a.from==="verify",o=[];if(s.mode==="abort")a.kind==="nothing"?t.say(a.reason):o.push({name:"abort",run:()=>this.abort()});else{if(e&&!n&&o.push({name:"restore",run:()=>this.router.restore(i.live,i.pair.state?.run??"")}),a.kind==="nothing"&&t.say(a.reason),a.kind==="continue"&&a.from!=="verify"){let l=a.from;o.push({name:l,run:()=>this.resume(l)}),l==="bake"&&o.push(this.bakeStep())}(a.kind==="deploy"||n)&&o.push(...this.canarySteps(a.kind==="deploy")),a.kind!=="nothing"&&o.push({name:"scale-down",run:()=>this.scaleDown()})}let v=await t.run(o);return{report:{...await this.end("canary",v,s),action:"canary",canaryColor:this.target,weight:this.router.percentByColor()[this.target],step:this.stepIndex,analysis:this.analysis.steps},timeline:t.timeline,gates:t.gates,samples:this.analysis.samples}}canarySteps(e){let{options:t,roles:i}=this,s=i.pair.state,a=e?0:Y7(t.steps,this.planned,s?.status==="paused"),n=t.mode==="deploy"||t.mode==="promote"&&t.promote==="step",o=[{name:"deploy",run:()=>this.deploy(this.countFor(t.steps[0]?.weight??100))},{name:"verify",run:()=>this.verify(e)}];return t.steps.slice(a).forEach((v,c)=>{let f=a+c;o.push({name:`step-${f+1}`,run:()=>this.canaryStep(f)}),n&&c===0&&o.push({name:"pause",run:()=>this.pause()})}),o.push({name:"full",run:()=>this.full()},this.bakeStep()),o}stateOf(e){let t=Z7(this.options.steps.length),i=this.rollout.current==="pause"?`step-${this.stepIndex}`:this.rollout.current,s=this.router.percentByColor(),a=e==="switched"?this.planned:e==="succeeded"?100:s[this.target];return{status:e,taskDefinition:this.deployment.taskDefinitionArn,previousTaskDefinition:this.side(this.previous).service.taskDefinition,step:mi(t,i,e),weights:{[this.target]:a,[this.previous]:100-a},previousColor:this.previous,run:this.options.run,updatedAt:new Date(this.context.clock.now()).toISOString()}}async verify(e){!e&&this.planned>0&&(this.router.moved=!0),await this.recheck();let{readiness:t,probes:i,command:s}=this.gates(),a=e?[[...t,...i],s]:[[...t,...i]],n=await this.deployment.verify(a,e?"before the first shift":"before continuing");this.note("verify",`${this.label(this.target)} passed ${n.join(", ")}`)}async canaryStep(e){let{weight:t,durationMs:i}=this.options.steps[e],s=`at step ${e+1} (${t}%) on ${this.label(this.target)}`;await this.capacityFor(t),await this.move(e+1,t),this.note("analysis",`step ${e+1}: ${t}% of production traffic for ${Or(i)}`);let a=this.context.clock.now();this.analysis.begin(e+1,t,a,a+i);let n=this.options.onInconclusive==="extend"?this.options.waitTimeoutMs:0,o=await this.deployment.bake(this.watched(),i+n,{phase:`step ${e+1}`,timedAs:`step${e+1}`,done:()=>this.analysis.settled});if(!o.ok)throw new pe(o,s);if(!this.analysis.settled){let v=`no verdict within wait-timeout ${Or(n)} after the step's ${Or(i)}`,c=this.analysis.inconclusive(v);throw new pe({ok:!1,cause:"gate",gate:"analysis",reason:c},s)}}async pause(){return await this.state.save("paused",this.context.signal),{status:"paused",reason:`${this.label(this.target)} runs ${this.deployment.taskDefinitionArn} and takes ${this.planned}% of production traffic after step ${this.stepIndex} of ${this.options.steps.length} passed its analysis; ${this.label(this.previous)} takes the rest until mode promote`}}async full(){await this.capacityFor(100),this.rollout.durations.switchSeconds=v0(await this.move(this.options.steps.length+1,100))}bakeStep(){return{name:"bake",run:()=>this.bake()}}async bake(){let{options:e,rollout:t,deployment:i}=this;if(e.bakeTimeMs>0){this.note("bake",`watching ${this.label(this.target)} for ${Or(e.bakeTimeMs)}`);let a=this.context.clock.now();this.stepIndex=this.options.steps.length+1,this.analysis.begin(this.stepIndex,100,a,Number.POSITIVE_INFINITY);let n=await i.bake(this.watched(),e.bakeTimeMs);if(!n.ok)throw new pe(n,`at 100% on ${this.label(this.target)}`)}t.commit(),await this.state.saveOrWarn("succeeded");let s=this.analysis.steps.filter(a=>a.weight<100).length;t.say(`${this.label(this.target)} serves ${i.taskDefinitionArn} after ${s} judged canary steps and ${Or(e.bakeTimeMs)} of bake-time`)}async abort(){let{router:e,context:t}=this,[i,s]=[this.label(this.previous),this.label(this.target)],a=[`aborted the rollout of ${this.deployment.taskDefinitionArn} on ${s}`];e.percentByColor()[this.target]>0?(await e.checkCanServe(this.previous),this.rollout.durations.rollbackSeconds=v0(await e.shift(this.target,this.previous,0)),e.switchedBackAt=t.clock.now(),a.push(`traffic switched back to ${i}`)):a.push(`production traffic stayed on ${i}`);let n=await this.capacity.undo(this.target).run({reason:"abort",cause:"gate"},{stop:!1,cancelled:!1});return await this.state.save("rolled-back"),{status:"rolled-back",reason:`${a.join("; ")}${n.said}`}}async move(e,t){return this.stepIndex=e,this.planned=t,await this.state.save("switched",this.context.signal),this.router.shift(this.target,this.previous,t,this.context.signal)}async capacityFor(e){let t=this.countFor(e);t<=this.deployment.expectedCount||(await this.deployment.scale(t),await this.follow())}countFor(e){return this.options.canaryScale==="full"?this.fullCount:Math.min(this.fullCount,Math.max(1,Math.ceil(e/100*this.fullCount)))}watched(){let{readiness:e,probes:t}=this.gates();return[...e,...t,this.analysis]}};async function J7(r,e,t){let{pair:i,testRule:s}=await fi(e,r);if(r.mode==="abort"){let{live:v,plan:c}=Oi(i);return new ce(r,e,t,{pair:i,testRule:s,live:v,plan:c}).run(!1)}let{live:a,restore:n}=ci(i);if(r.verifyCommand&&!e.runCommand)throw new Error("verify-command needs a command runner");let o=await Ei(i,a,n,r,e.ecs);return await oi(e.cloudwatch,r.alarms),new ce(r,e,t,{pair:i,testRule:s,live:a,plan:o}).run(n)}function K7(r,e){return r.length===0?[]:[...Aw(r),...Nw(e)]}function Aw(r){let e=i=>i.requests===0?"-":`${k(i.errorRate)} (${i.errors}/${i.requests})`,t=i=>i.p99===void 0?"-":me(i.p99);return["### Canary steps","","| step | weight | window | canary errors | stable errors | canary p99 | stable p99 | verdict |","|---|---|---|---|---|---|---|---|",...r.map(i=>{let s=a0(Date.parse(i.end)-Date.parse(i.start));return`| ${[String(i.step),`${i.weight}%`,`${i.start.slice(11,19)} +${s}`,e(i.canary),e(i.stable),t(i.canary),t(i.stable),`${i.verdict}: ${hi(i.reason)}`].join(" | ")} |`}),""]}var _w=40;function Nw(r){if(r.length<2)return[];let e=Math.ceil(r.length/_w),t=r.filter((n,o)=>o%e===0||o===r.length-1),i=t[0].at,s=n=>Number(n.toFixed(2)),a=n=>`    line [${n.map(s).join(", ")}]`;return["```mermaid","xychart-beta",'    title "Canary weight, canary error rate, stable error rate (%)"',`    x-axis [${t.map(n=>`"+${a0(n.at-i)}"`).join(", ")}]`,'    y-axis "percent" 0 --> 100',a(t.map(n=>n.weight)),a(t.map(n=>n.canaryErrorRate*100)),a(t.map(n=>n.stableErrorRate*100)),"```","","Lines, in order: the canary weight, the canary error rate and the stable error rate (both over the window of the step they belong to).",""]}var j7=20,Sw=r=>{let e=r.split(/[,\n]/).map(i=>i.trim()).filter(i=>i!==""),t=[];for(let[i,s]of e.entries()){let a=/^(\d+(?:\.\d+)?)\s*%?\s*(?:@\s*(.+))?$/.exec(s),n=f=>new Error(`item ${le(s)}: ${f}`);if(!a)throw n("not a weight (1 to 99) with an optional @duration, e.g. 10@2m");let o=Number(a[1]),v=a[2]===void 0?void 0:ii(a[2]);if(a[2]!==void 0&&v===void 0)throw n(`${le(a[2])} is not a duration (examples: 90s, 5m, 1h)`);if(o===100&&i===e.length-1&&a[2]===void 0)continue;if(!Number.isInteger(o)||o<1||o>99)throw n("the weight must be a whole percentage from 1 to 99 (100% comes last, after the steps)");let c=t.at(-1);if(c&&o<=c.weight)throw n(`weights must increase, and ${o} does not follow ${c.weight}`);if(v!==void 0&&v<1e3)throw n("a step lasts at least 1s");t.push({weight:o,durationMs:v})}if(t.length>j7)throw new Error(`has ${t.length} steps; at most ${j7}`);return t},ww=r=>{let e=/^(\d+(\.\d+)?)\s*%?$/.exec(r),t=e?Number(e[1]):NaN;if(!(t>=0&&t<=1e3))throw new Error(`${le(r)} is not a percentage from 0 to 1000`);return t},Ew={...Ni,...Ai,mode:$("mode","full",Ur(["full","deploy","promote","abort"])),promote:$("promote","step",Ur(["step","full"])),desiredCount:ai("desired-count",Ii),steps:$("steps","10, 25, 50",Sw),stepTime:$("step-time","5m",ni({min:1e3})),canaryScale:$("canary-scale","full",Ur(["full","proportional"])),maxErrorRate:$("max-error-rate","5%",s0),maxErrorRateIncrease:$("max-error-rate-increase","1",s0),maxLatencyIncrease:$("max-latency-increase","50%",ww),minRequests:$("min-requests","100",ui({min:1})),onInconclusive:$("on-inconclusive","extend",Ur(["extend","fail","pass"])),..._i,...Si};function Ow(r,e=process.env){let t=si(Ew,r);return{...wi(t,e,{promote:"continues the rollout in progress",abort:"acts on the rollout in progress"}),promote:t.promote,steps:t.steps.map(i=>({weight:i.weight,durationMs:i.durationMs??t.stepTime})),canaryScale:t.canaryScale,maxErrorRate:t.maxErrorRate/100,maxErrorRateIncrease:t.maxErrorRateIncrease/100,maxLatencyIncrease:t.maxLatencyIncrease/100,minRequests:t.minRequests,onInconclusive:t.onInconclusive}}var Fw={full:"deploy",deploy:"deploy",promote:"promotion",abort:"abort"},Tw={name:"Canary",options:r=>Ow(r),deploy:async(r,e,t)=>{let i=await J7(r,e,t);return{...i,details:K7(i.report.analysis,i.samples)}},title:r=>`Canary ${Fw[r.mode]} of ${r.blueService} / ${r.greenService}`,outputs:r=>({status:r.status,"live-color":r.liveColor,"canary-color":r.canaryColor,"previous-color":r.previousColor,weight:String(r.weight),step:String(r.step),"task-definition-arn":r.taskDefinitionArn,"previous-task-definition-arn":r.previousTaskDefinitionArn,analysis:r.analysis,rollout:r}),facts:r=>di(r,["Canary",`${yi(r,r.canaryColor)} at ${r.weight}%, step ${r.step}`])},z7=r=>gi(Tw,r);await z7();
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
