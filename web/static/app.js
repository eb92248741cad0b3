// newsgraph serve: the neighbourhood graph of an entity page. Data comes
// from /api/neighbours/{id} as JSON; names are set as Cytoscape labels
// (drawn on a canvas, never parsed as HTML).
(function () {
  'use strict';
  var box = document.getElementById('graph');
  if (!box || typeof cytoscape !== 'function') { return; }
  var center = box.getAttribute('data-entity');
  var kindSel = document.getElementById('kind');
  var minConf = document.getElementById('minconf');
  var minOut = document.getElementById('minconf-out');
  var sourceSel = document.getElementById('source');
  var since = document.getElementById('since');
  var until = document.getElementById('until');
  var colours = { person: '#4e79a7', party: '#f28e2b', country: '#e15759', organization: '#76b7b2',
    place: '#59a14f', event: '#edc948' };
  var cy = cytoscape({
    container: box,
    style: [
      { selector: 'node', style: { 'label': 'data(name)', 'font-size': 10, 'width': 'data(size)', 'height': 'data(size)',
        'background-color': 'data(colour)', 'text-valign': 'bottom', 'text-margin-y': 2 } },
      { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#222' } },
      { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#bbb', 'curve-style': 'bezier',
        'target-arrow-shape': 'data(arrow)', 'target-arrow-color': '#bbb', 'opacity': 0.8 } }
    ],
    wheelSensitivity: 0.3
  });

  function query() {
    var q = [];
    if (kindSel && kindSel.value) { q.push('kind=' + encodeURIComponent(kindSel.value)); }
    if (minConf && Number(minConf.value) > 0) { q.push('min=' + encodeURIComponent(minConf.value)); }
    if (sourceSel && sourceSel.value) { q.push('source=' + encodeURIComponent(sourceSel.value)); }
    if (since && since.value) { q.push('since=' + encodeURIComponent(since.value)); }
    if (until && until.value) { q.push('until=' + encodeURIComponent(until.value)); }
    return q.length ? '?' + q.join('&') : '';
  }

  function add(data) {
    data.nodes.forEach(function (n) {
      var id = 'n' + n.id;
      if (cy.getElementById(id).length) { return; }
      cy.add({ group: 'nodes', data: { id: id, eid: n.id, name: n.name, type: n.type,
        colour: colours[n.type] || '#999', size: Math.min(40, 12 + 4 * Math.log(1 + n.mentions)) } });
    });
    data.edges.forEach(function (e) {
      var id = 'e' + e.source + '-' + e.kind + '-' + e.target;
      if (cy.getElementById(id).length) { return; }
      cy.add({ group: 'edges', data: { id: id, source: 'n' + e.source, target: 'n' + e.target, kind: e.kind,
        confidence: e.confidence, width: Math.min(8, 1 + Math.log(e.weight)),
        arrow: e.kind === 'co_mention' ? 'none' : 'triangle' } });
    });
  }

  // The download links export the nodes on screen with the same filters.
  function updateLinks() {
    var ids = cy.nodes().map(function (n) { return n.data('eid'); }).join(',');
    var q = query();
    var extra = (q ? '&' + q.slice(1) : '');
    ['svg', 'graphml'].forEach(function (f) {
      var a = document.getElementById('dl-' + f);
      if (a) { a.setAttribute('href', '/export/' + f + '?ids=' + encodeURIComponent(ids) + extra); }
    });
  }

  function expand(eid) {
    return fetch('/api/neighbours/' + encodeURIComponent(eid) + query(), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.statusText); } return r.json(); })
      .then(function (data) {
        add(data);
        cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true }).run();
        updateLinks();
      });
  }

  function reset() {
    cy.elements().remove();
    expand(center).then(function () { cy.getElementById('n' + center).addClass('center'); });
  }

  cy.on('tap', 'node', function (ev) {
    var eid = ev.target.data('eid');
    if (String(eid) !== String(center)) { window.location.assign('/entity/' + encodeURIComponent(eid)); }
  });
  cy.on('dbltap', 'node', function (ev) { expand(ev.target.data('eid')); });
  [kindSel, sourceSel, since, until].forEach(function (el) {
    if (el) { el.addEventListener('change', reset); }
  });
  if (minConf) {
    minConf.addEventListener('change', reset);
    minConf.addEventListener('input', function () { minOut.textContent = minConf.value; });
  }
  var resetBtn = document.getElementById('reset');
  if (resetBtn) { resetBtn.addEventListener('click', reset); }
  reset();
}());
