/* Draws the event map's markers, popups, legend and offline background.
 *
 * Everything from the data is put on the page with textContent or as link
 * hrefs built from our own URLs: no article text is ever parsed as HTML.
 */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function countIcon(count, colour, approximate) {
    var size = Math.round(22 + Math.min(26, Math.log(count + 1) * 7));
    var badge = el("div", "place-marker" + (approximate ? " approximate" : ""), count);
    badge.style.background = colour;
    badge.style.width = badge.style.height = badge.style.lineHeight = size + "px";
    return L.divIcon({ html: badge, className: "place-marker-wrap", iconSize: [size, size] });
  }

  function popup(place, layer, data) {
    var box = el("div", "place-popup");
    var title = el("div", "place-popup-title");
    title.appendChild(el("strong", null, place.name));
    var ar = el("span", "ar", place.nameAr);
    ar.setAttribute("dir", "rtl");
    ar.setAttribute("lang", "ar");
    title.appendChild(document.createTextNode(" "));
    title.appendChild(ar);
    box.appendChild(title);
    if (place.approximate) {
      box.appendChild(el("div", "approximate-note", "Approximate location: the gazetteer point is an estimate."));
    }
    box.appendChild(el("div", "place-popup-count", place.counts[layer] + " " + data.layers[layer].label.toLowerCase() +
      " event(s); " + place.total + " in all here"));
    var list = el("ul");
    place.events.forEach(function (event) {
      var item = el("li");
      var link = el("a", null, event.date + " · " + event.type);
      link.href = event.url;
      link.target = "_top";
      item.appendChild(link);
      if (event.actors) item.appendChild(el("div", "actors", event.actors));
      list.appendChild(item);
    });
    box.appendChild(list);
    var all = el("a", "all-events", "All events at this place in the table →");
    var query = new URLSearchParams(data.filterQuery);
    query.delete("place");
    query.delete("page");
    query.append("place", place.key);
    all.href = data.tableUrl + "?" + query.toString();
    all.target = "_top";
    box.appendChild(all);
    return box;
  }

  function legend(map, data) {
    var control = L.control({ position: "bottomleft" });
    control.onAdd = function () {
      var box = el("div", "map-legend");
      box.appendChild(el("strong", null, "Events per place"));
      Object.keys(data.layers).forEach(function (key) {
        var row = el("div");
        var dot = el("span", "dot");
        dot.style.background = data.layers[key].colour;
        row.appendChild(dot);
        row.appendChild(document.createTextNode(data.layers[key].label));
        box.appendChild(row);
      });
      var approx = el("div");
      approx.appendChild(el("span", "dot approximate-dot"));
      approx.appendChild(document.createTextNode("dashed: approximate point"));
      box.appendChild(approx);
      var site = el("div");
      site.appendChild(el("span", "dot site-dot"));
      site.appendChild(document.createTextNode("gazetteer site"));
      box.appendChild(site);
      if (!data.places.length) box.appendChild(el("div", "empty", "No events match the filter."));
      return box;
    };
    control.addTo(map);
  }

  function background(map, data) {
    // Country borders from Natural Earth (world-atlas, our static files): a map with no tile server.
    if (typeof topojson === "undefined" || !window.fetch) return;
    fetch(data.worldAtlas).then(function (r) { return r.json(); }).then(function (atlas) {
      var countries = topojson.feature(atlas, atlas.objects.countries);
      L.geoJSON(countries, {
        interactive: false,
        style: function (f) {
          var focus = f.id === "760" || f.id === "368";
          return { color: focus ? "#555" : "#999", weight: focus ? 2 : 1, fillColor: focus ? "#f3efe6" : "#e9ecef",
                   fillOpacity: 1, dashArray: null };
        }
      }).addTo(map).bringToBack();
    }).catch(function () { /* no background: the places still show */ });
  }

  window.drawEventMap = function (map, clusters, referenceLayer, data) {
    map.getContainer().style.background = "#dfe8ef";
    var bounds = [];
    data.places.forEach(function (place) {
      Object.keys(place.counts).forEach(function (layer) {
        var colour = data.layers[layer].colour;
        var marker = L.marker([place.lat, place.lon], {
          icon: countIcon(place.counts[layer], colour, place.approximate),
          title: place.name + ": " + place.counts[layer],
          keyboard: true
        });
        marker.bindPopup(function () { return popup(place, layer, data); }, { maxWidth: 320 });
        marker.bindTooltip(el("span", null, place.name + " · " + place.nameAr));
        marker.on("add", function () {
          var node = marker.getElement();
          if (node) { node.dataset.place = place.key; node.dataset.layer = layer; }
        });
        clusters[layer].addLayer(marker);
      });
      bounds.push([place.lat, place.lon]);
    });
    data.sites.forEach(function (site) {
      var marker = L.circleMarker([site.lat, site.lon], {
        radius: 4, color: "#333", weight: 1, fillColor: "#fff", fillOpacity: 1,
        dashArray: site.approximate ? "2 2" : null
      });
      if (site.label) {
        marker.bindTooltip(el("span", null, site.name), { permanent: true, direction: "right", className: "town-label" });
      } else {
        marker.bindTooltip(function () {
          return el("span", null, site.name + " · " + site.nameAr + " (" + site.kind + ")" +
            (site.approximate ? " · approximate" : ""));
        });
      }
      referenceLayer.addLayer(marker);
    });
    if (bounds.length > 1) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 12 });
    else if (bounds.length === 1) map.setView(bounds[0], 11);
    legend(map, data);
    background(map, data);
  };
})();
