
(function(){
"use strict";
var DATA=JSON.parse(document.getElementById("claimex-data").textContent);
var ROWS=DATA.claims, view=ROWS, page=0, sortKey=null, sortDir=1;
function $(id){return document.getElementById(id);}
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;
  if(text!=null)e.textContent=String(text);return e;}
function fmt(v){if(v==null)return "\u221e";var a=Math.abs(v);
  if(Number.isInteger(v))return v.toLocaleString("en-US");
  return a>=1000?v.toLocaleString("en-US",{maximumFractionDigits:2}):String(+v.toPrecision(4));}
function range(r){if(r.low==null)return r.text||"";
  if(r.high==null)return fmt(r.low)+" \u2013 \u221e";
  return r.low===r.high?fmt(r.low):fmt(r.low)+" \u2013 "+fmt(r.high);}
function uniq(key){var s={};ROWS.forEach(function(r){var v=r[key];if(v!=null&&v!=="")s[v]=1;});
  return Object.keys(s).sort();}
function fill(sel,vals){vals.forEach(function(v){var o=el("option",null,v);o.value=v;
  sel.appendChild(o);});}
fill($("f-cat"),uniq("cat"));fill($("f-mod"),uniq("mod"));
fill($("l-spk"),uniq("spk"));fill($("l-doc"),uniq("doc"));
function low(s){return (s||"").toLowerCase();}
function apply(){
  var cat=$("f-cat").value, mod=$("f-mod").value, spk=low($("f-spk").value.trim()),
      doc=low($("f-doc").value.trim()), q=low($("f-q").value.trim());
  view=ROWS.filter(function(r){
    if(cat&&r.cat!==cat)return false; if(mod&&r.mod!==mod)return false;
    if(spk&&low(r.spk).indexOf(spk)<0&&low(r.spkc).indexOf(spk)<0)return false;
    if(doc&&low(r.doc).indexOf(doc)<0&&low(DATA.titles[r.doc]).indexOf(doc)<0)return false;
    if(q){var hay=low([r.text,r.subj,r.actor,r.loc,r.ev.join(""),r.hedges.join(" ")].join(" "));
      if(hay.indexOf(q)<0)return false;}
    return true;});
  if(sortKey){view=view.slice().sort(function(a,b){var x=a[sortKey],y=b[sortKey];
    if(x==null&&y==null)return 0;if(x==null)return 1;if(y==null)return -1;
    return (x<y?-1:x>y?1:0)*sortDir;});}
  page=0;render();}
function render(){
  var size=+$("p-size").value, pages=Math.max(1,Math.ceil(view.length/size));
  if(page>=pages)page=pages-1;
  var body=$("claims-body"), frag=document.createDocumentFragment();
  view.slice(page*size,(page+1)*size).forEach(function(r){
    var tr=document.createElement("tr");
    tr.appendChild(el("td",null,r.cat));
    var v=el("td","num");var a=el("a",null,range(r));a.href=r.a?"#"+r.a:"#claims";
    a.title=r.a?"show in the text":"show the evidence";a.dataset.id=r.id;v.appendChild(a);
    if(r.unit)v.appendChild(document.createTextNode(" "+r.unit));tr.appendChild(v);
    tr.appendChild(el("td",null,r.q));
    var m=el("td");m.appendChild(el("span","badge b-"+r.mod,r.mod));
    if(r.hedges.length)m.appendChild(el("div","muted",r.hedges.join(", ")));tr.appendChild(m);
    tr.appendChild(el("td",null,r.subj||""));
    var s=el("td",null,r.spk||"");if(r.kind)s.appendChild(el("div","muted",r.kind));
    tr.appendChild(s);
    var d=el("td");var da=el("a",null,r.doc);
    if(DATA.docAnchors[r.doc])da.href="#"+DATA.docAnchors[r.doc];d.appendChild(da);tr.appendChild(d);
    tr.appendChild(el("td","num",r.time||""));
    var e=el("td","ev");e.appendChild(document.createTextNode(r.ev[0]));
    e.appendChild(el("b",null,r.ev[1]));
    e.appendChild(document.createTextNode(r.ev[2]));tr.appendChild(e);
    frag.appendChild(tr);});
  body.textContent="";body.appendChild(frag);
  $("p-info").textContent=(view.length?(page*size+1)+"\u2013"+Math.min(view.length,(page+1)*size):"0")+
    " of "+view.length.toLocaleString("en-US")+" claims"+(view.length<ROWS.length?
    " (filtered from "+ROWS.length.toLocaleString("en-US")+")":"");
  $("p-prev").disabled=page===0;$("p-next").disabled=page>=pages-1;}
var timer=null;function later(){clearTimeout(timer);timer=setTimeout(apply,150);}
["f-cat","f-mod","p-size"].forEach(function(id){$(id).addEventListener("change",
  id==="p-size"?render:apply);});
["f-spk","f-doc","f-q"].forEach(function(id){$(id).addEventListener("input",later);});
$("f-reset").addEventListener("click",function(){["f-cat","f-mod","f-spk","f-doc","f-q"].forEach(
  function(id){$(id).value="";});apply();});
$("p-prev").addEventListener("click",function(){page--;render();});
$("p-next").addEventListener("click",function(){page++;render();});
document.querySelectorAll("th[data-k]").forEach(function(th){th.addEventListener("click",function(){
  var k=th.dataset.k;if(sortKey===k)sortDir=-sortDir;else{sortKey=k;sortDir=1;}
  document.querySelectorAll("th[data-k]").forEach(function(o){o.classList.remove("asc","desc");});
  th.classList.add(sortDir>0?"asc":"desc");apply();});});
function reveal(id){var t=document.getElementById(id);if(!t)return;
  for(var p=t;p;p=p.parentElement){if(p.tagName==="DETAILS")p.open=true;}
  t.scrollIntoView({block:"center"});t.classList.add("flash");
  setTimeout(function(){t.classList.remove("flash");},1600);}
$("claims-body").addEventListener("click",function(ev){var a=ev.target.closest("a[data-id]");
  if(!a)return;var r=ROWS.find(function(x){return x.id===a.dataset.id;});
  if(r&&!r.a){ev.preventDefault();var d=$("detail");d.hidden=false;d.textContent="";
    d.appendChild(el("div","muted",r.doc+" \u00b7 section "+r.sec+
      " \u00b7 document not shown in this report; the evidence:"));
    var p=el("p");p.appendChild(document.createTextNode(r.ev[0]));
    p.appendChild(el("mark","claim",r.ev[1]));
    p.appendChild(document.createTextNode(r.ev[2]));d.appendChild(p);d.scrollIntoView({block:"nearest"});}});
window.addEventListener("hashchange",function(){reveal(location.hash.slice(1));});
if(location.hash)reveal(location.hash.slice(1));
apply();
})();
