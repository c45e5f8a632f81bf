// The edit form's place: click a gazetteer place to choose it, or anywhere else for a point.
(function () {
  "use strict";
  var box = document.getElementById("place-picker");
  if (!box || !window.L) return;
  var places = JSON.parse(document.getElementById("picker-places").textContent);
  var select = document.getElementById("id_place");
  var lat = document.getElementById("id_lat");
  var lon = document.getElementById("id_lon");
  var map = L.map(box, { maxZoom: 16, minZoom: 5 }).setView([34.45, 40.95], 9);
  var chosen = null;

  function mark(latlng) {
    if (chosen) chosen.setLatLng(latlng);
    else chosen = L.circleMarker(latlng, { radius: 10, color: "#c0392b", weight: 3, fill: false }).addTo(map);
  }

  places.forEach(function (p) {
    var dot = L.circleMarker([p.lat, p.lon], { radius: 6, color: "#1d5f8a", fillOpacity: 0.7 })
      .bindTooltip(p.name).addTo(map);
    dot.on("click", function (e) {
      L.DomEvent.stopPropagation(e);
      select.value = String(p.key);
      lat.value = ""; lon.value = "";
      mark([p.lat, p.lon]);
    });
  });

  map.on("click", function (e) {
    select.value = "";
    lat.value = e.latlng.lat.toFixed(5);
    lon.value = e.latlng.lng.toFixed(5);
    mark(e.latlng);
  });

  select.addEventListener("change", function () {
    var p = places.find(function (x) { return String(x.key) === select.value; });
    if (p) { lat.value = ""; lon.value = ""; mark([p.lat, p.lon]); map.panTo([p.lat, p.lon]); }
  });

  var current = places.find(function (x) { return String(x.key) === select.value; });
  if (current) mark([current.lat, current.lon]);
})();
