/* Draws the event map's markers, popups, legend and offline background.
 *
 * Everything from the data is put on the page with textContent or as link
 * hrefs built from our own URLs: no article text is ever parsed as HTML.
 * Texts come from Django's JavaScript catalog (gettext), in the page's language.
 */
(function () {
  "use strict";

  // Town names are drawn from this zoom on, and then only those that do not overlap another.
  var LABEL_MIN_ZOOM = 8;

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
    box.setAttribute("dir", data.rtl ? "rtl" : "ltr");
    var title = el("div", "place-popup-title");
    title.appendChild(el("strong", null, place.name));
    if (place.otherName) {
      var other = el("span", "other-name", place.otherName);
      other.setAttribute("dir", "auto");
      title.appendChild(document.createTextNode(" "));
      title.appendChild(other);
    }
    box.appendChild(title);
    if (place.approximate) {
      box.appendChild(el("div", "approximate-note", gettext("Approximate location: the gazetteer point is an estimate.")));
    }
    var count = ngettext("%(n)s event here in the layer “%(layer)s”; %(total)s in all",
                         "%(n)s events here in the layer “%(layer)s”; %(total)s in all", place.counts[layer]);
    box.appendChild(el("div", "place-popup-count",
      interpolate(count, { n: place.counts[layer], layer: data.layers[layer].label, total: place.total }, true)));
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
    var all = el("a", "all-events", gettext("All events at this place in the table →"));
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
    var control = L.control({ position: data.rtl ? "bottomright" : "bottomleft" });
    control.onAdd = function () {
      var box = el("div", "map-legend");
      box.setAttribute("dir", data.rtl ? "rtl" : "ltr");
      box.appendChild(el("strong", null, gettext("Events per place")));
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
      approx.appendChild(document.createTextNode(gettext("dashed: approximate point")));
      box.appendChild(approx);
      var site = el("div");
      site.appendChild(el("span", "dot site-dot"));
      site.appendChild(document.createTextNode(gettext("gazetteer site")));
      box.appendChild(site);
      if (!data.places.length) box.appendChild(el("div", "empty", gettext("No events match the filter.")));
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

  function declutterLabels(map, labels) {
    // Show a town's name only where it covers no event marker and no name already shown (cities
    // first), and none below LABEL_MIN_ZOOM: at the zoom that fits Syria and Iraq they would pile
    // into one block.
    var markers = map.getContainer().querySelectorAll(".place-marker, .marker-cluster");
    var shown = Array.prototype.map.call(markers, function (node) { return node.getBoundingClientRect(); });
    var zoomedIn = map.getZoom() >= LABEL_MIN_ZOOM;
    labels.forEach(function (label) {
      var tooltip = label.getTooltip();
      var node = tooltip && tooltip.getElement();
      if (!node) return;
      node.style.visibility = "hidden";
      if (!zoomedIn) return;
      var box = node.getBoundingClientRect();
      var overlaps = shown.some(function (other) {
        return box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top;
      });
      if (!overlaps) { node.style.visibility = ""; shown.push(box); }
    });
  }

  window.drawEventMap = function (map, clusters, referenceLayer, data) {
    map.getContainer().style.background = "#dfe8ef";
    if (data.rtl) {
      map.getContainer().classList.add("map-rtl");  // controls and popups read right to left
      map.attributionControl.setPosition("bottomleft");
    }
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
        marker.bindTooltip(el("span", null, place.otherName ? place.name + " · " + place.otherName : place.name));
        marker.on("add", function () {
          var node = marker.getElement();
          if (node) { node.dataset.place = place.key; node.dataset.layer = layer; }
        });
        clusters[layer].addLayer(marker);
      });
      bounds.push([place.lat, place.lon]);
    });
    var labels = [];
    // Cities before towns: when two names would overlap, the city's is kept.
    data.sites.sort(function (a, b) { return (b.city ? 1 : 0) - (a.city ? 1 : 0); });
    data.sites.forEach(function (site) {
      var marker = L.circleMarker([site.lat, site.lon], {
        radius: 4, color: "#333", weight: 1, fillColor: "#fff", fillOpacity: 1,
        dashArray: site.approximate ? "2 2" : null
      });
      if (site.label) {
        // Offset past the radius of a small event marker on the same place.
        marker.bindTooltip(el("span", null, site.name), { permanent: true, direction: data.rtl ? "left" : "right",
                                                         offset: [data.rtl ? -8 : 8, 0], className: "town-label" });
        labels.push(marker);
      } else {
        marker.bindTooltip(function () {
          var text = site.otherName ? site.name + " · " + site.otherName : site.name;
          text += " (" + site.kind + ")";
          if (site.approximate) text += " · " + gettext("approximate");
          return el("span", null, text);
        });
      }
      referenceLayer.addLayer(marker);
    });
    map.on("zoomend moveend overlayadd", function () { declutterLabels(map, labels); });
    Object.keys(clusters).forEach(function (layer) {  // clusters settle after their own animation
      clusters[layer].on("animationend", function () { declutterLabels(map, labels); });
    });
    if (bounds.length > 1) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 12 });
    else if (bounds.length === 1) map.setView(bounds[0], 11);
    declutterLabels(map, labels);
    legend(map, data);
    background(map, data);
  };
})();
