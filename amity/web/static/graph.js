// Draws #graph from the JSON in #graph-data with cytoscape: zoom and pan, node size by ties,
// colour by region, click a node to open its page.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!box || !source || !window.cytoscape) { return; }
  var data = JSON.parse(source.textContent);
  var colours = { AS: "#d4a800", EU: "#1f5fa8", AF: "#2e9a3e", NA: "#c24040", SA: "#8e44ad", OC: "#16a085" };
  var elements = data.nodes.map(function (n) {
    return { data: { id: "n" + n.id, ref: n.id, label: n.name + (n.country ? " (" + n.country + ")" : ""),
                     size: 8 + Math.min(40, 3 * n.degree), colour: colours[n.region] || "#777" } };
  }).concat(data.edges.map(function (e) {
    return { data: { id: "e" + e.id, source: "n" + e.source, target: "n" + e.target } };
  }));
  var cy = cytoscape({
    container: box,
    elements: elements,
    style: [
      { selector: "node", style: { "width": "data(size)", "height": "data(size)", "background-color": "data(colour)",
                                   "label": "data(label)", "font-size": 9, "color": "#223", "text-valign": "bottom" } },
      { selector: "edge", style: { "width": 1, "line-color": "#9ab", "opacity": 0.7 } }
    ],
    layout: { name: data.nodes.length > 150 ? "circle" : "cose", animate: false },
    wheelSensitivity: 0.3
  });
  cy.on("tap", "node", function (event) {
    window.location.href = "/" + encodeURIComponent(box.dataset.side) + "/" + event.target.data("ref");
  });
  window.amityGraph = cy;
})();
