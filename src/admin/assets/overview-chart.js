// Draws the overview's questions-per-day chart from the page's own data table (the table stays as the fallback).
// Served from /admin/assets with Chart.js from node_modules: no CDN, no inline script (the CSP forbids both).
'use strict';
(function () {
  var table = document.getElementById('per-day');
  var canvas = document.getElementById('per-day-chart');
  if (!table || !canvas || typeof window.Chart !== 'function') return;
  var colours = { slack: '#4a154b', discord: '#5865f2', console: '#2e7d6b' };
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells, 1, -1);
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var labels = rows.map(function (r) { return r.cells[0].textContent.slice(5); });
  var datasets = headers.map(function (th, i) {
    var platform = th.getAttribute('data-platform');
    return {
      label: th.textContent,
      data: rows.map(function (r) { return Number(r.cells[i + 1].textContent); }),
      backgroundColor: colours[platform] || '#888',
      borderRadius: 3,
    };
  });
  canvas.parentElement.hidden = false;
  new window.Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  // The chart shows the figures; the table stays one click away.
  table.closest('details').open = false;
})();
