document.addEventListener('click',function(e){var b=e.target.closest('.acc-head');if(!b)return;
var p=document.querySelector(b.dataset.target);p.classList.toggle('show');
var r=p.querySelector('.acc-remote');if(r&&!r.dataset.done){fetch(r.dataset.src).then(function(x){return x.text()})
.then(function(t){var d=new DOMParser().parseFromString(t,'text/html');r.innerHTML=d.querySelector('main ul').outerHTML;r.dataset.done=1})}});
