document.documentElement.lang = document.currentScript.dataset.gnbvLang;
