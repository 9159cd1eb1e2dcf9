// Draws #map from the JSON in #map-data: country outlines (Natural Earth, served here), places
// as circles, ties as lines. No tiles: nothing is fetched from outside the app.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var source = document.getElementById("map-data");
  if (!box || !source || !window.L) { return; }
  var data = JSON.parse(source.textContent);
  var map = L.map(box, { worldCopyJump: true, attributionControl: true, minZoom: 1 });
  map.attributionControl.setPrefix("Leaflet · Natural Earth");
  map.setView([20, 10], 1);

  fetch(box.dataset.countries || "/static/vendor/world-atlas/countries-110m.json")
    .then(function (r) { return r.json(); })
    .then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { style: { color: "#8aa", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } })
        .addTo(map).bringToBack();
    })
    .catch(function () { box.classList.add("no-outlines"); });

  var byId = {};
  var bounds = [];
  (data.places || []).forEach(function (p, i) {
    byId[p.id] = p;
    bounds.push([p.lat, p.lon]);
    var marker = L.circleMarker([p.lat, p.lon], {
      radius: p.radius || (i === 0 && data.lines && data.lines.length ? 7 : 5),
      color: "#1f5fa8", weight: 1, fillColor: i === 0 && data.lines && data.lines.length ? "#d4a800" : "#1f5fa8",
      fillOpacity: 0.8
    }).addTo(map);
    var label = document.createElement("a");
    label.textContent = p.name + (p.country ? " (" + p.country + ")" : "") + (p.label ? " · " + p.label : "");
    label.href = "/places/" + encodeURIComponent(p.id);
    marker.bindPopup(label);
  });
  (data.lines || []).forEach(function (pair) {
    var a = byId[pair[0]], b = byId[pair[1]];
    if (a && b) {
      L.polyline([[a.lat, a.lon], [b.lat, b.lon]], { color: "#2e9a3e", weight: 1.2, opacity: 0.7 }).addTo(map);
    }
  });
  if (bounds.length > 1) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 6 }); }
  else if (bounds.length === 1) { map.setView(bounds[0], 4); }
})();
