/* global document, window */
// Progressive enhancement for the plan's checklist: keeps the ticks in this browser only
// (localStorage), never on the server. Without this script the checkboxes still work; the
// ticks are just not kept after the page is closed.
(function () {
  'use strict';
  var storage;
  try {
    storage = window.localStorage;
    storage.setItem('dlw-probe', '1');
    storage.removeItem('dlw-probe');
  } catch {
    return;
  }
  var lists = document.querySelectorAll('[data-checklist]');
  Array.prototype.forEach.call(lists, function (list) {
    var key = 'dlw-checklist:' + list.getAttribute('data-checklist');
    var ticked = {};
    try {
      ticked = JSON.parse(storage.getItem(key) || '{}') || {};
    } catch {
      ticked = {};
    }
    var boxes = list.querySelectorAll('input[type="checkbox"][data-item]');
    Array.prototype.forEach.call(boxes, function (box) {
      if (ticked[box.getAttribute('data-item')] === true) box.checked = true;
      box.addEventListener('change', function () {
        if (box.checked) ticked[box.getAttribute('data-item')] = true;
        else delete ticked[box.getAttribute('data-item')];
        try {
          storage.setItem(key, JSON.stringify(ticked));
        } catch {
          // Storage full or blocked: the tick stays on the page, it is just not kept.
        }
      });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-checklist-kept]'), function (note) {
    note.hidden = false;
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-checklist-not-kept]'), function (note) {
    note.hidden = true;
  });
})();
