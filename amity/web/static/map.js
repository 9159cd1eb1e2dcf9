// Draws #map from the JSON in #map-data (or fetched from its data-src): country outlines
// (Natural Earth, served here), places as circles, ties as lines. No tiles: nothing is
// fetched from outside the app.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var source = document.getElementById("map-data");
  if (!box || !window.L) { return; }
  if (source) {
    draw(JSON.parse(source.textContent));
  } else if (box.dataset.src) {
    fetch(box.dataset.src).then(function (r) { return r.json(); }).then(draw);
  }

  function outlines(map) {
    fetch(box.dataset.countries || "/static/vendor/world-atlas/countries-110m.json")
      .then(function (r) { return r.json(); })
      .then(function (topo) {
        var land = topojson.feature(topo, topo.objects.countries);
        var style = { color: "#8aa", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 };
        L.geoJSON(land, { style: style, interactive: false }).addTo(map).bringToBack();
      })
      .catch(function () { box.classList.add("no-outlines"); });
  }

  function marker(map, p, centre) {
    var colour = centre ? "#d4a800" : "#1f5fa8";
    var circle = L.circleMarker([p.lat, p.lon], {
      radius: p.radius || (centre ? 7 : 5), color: "#1f5fa8", weight: 1,
      fillColor: colour, fillOpacity: 0.8
    }).addTo(map);
    var label = document.createElement("a");
    label.textContent = p.name + (p.country ? " (" + p.country + ")" : "") + (p.label ? " · " + p.label : "");
    label.href = "/places/" + encodeURIComponent(p.id);
    circle.bindPopup(label);
  }

  function draw(data) {
    var map = L.map(box, { worldCopyJump: true, minZoom: 1 });
    map.attributionControl.setPrefix("Leaflet · Natural Earth");
    outlines(map);
    var byId = {};
    var bounds = [];
    var focused = data.lines && data.lines.length && !box.dataset.src;
    (data.places || []).forEach(function (p, i) {
      byId[p.id] = p;
      bounds.push([p.lat, p.lon]);
      marker(map, p, focused && i === 0);
    });
    (data.lines || []).forEach(function (pair) {
      var a = byId[pair[0]], b = byId[pair[1]];
      if (a && b) {
        L.polyline([[a.lat, a.lon], [b.lat, b.lon]], { color: "#2e9a3e", weight: 1.2, opacity: 0.7 }).addTo(map);
      }
    });
    // The first view is set without animation: outlines that arrive mid-animation land misplaced.
    if (bounds.length > 1) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 6, animate: false }); }
    else if (bounds.length === 1) { map.setView(bounds[0], 4, { animate: false }); }
    else { map.setView([20, 10], 1, { animate: false }); }
    window.amityMap = map;
  }
})();
