/// The HTML map's own script and stylesheet, around Leaflet.
///
/// The script reads the JSON of `MapPageData`, draws the background, the features, the legend
/// and the date slider, and reports what it shows on the `#map` element's `data-*`
/// attributes (`data-ready`, `data-feature-count`, `data-step`, `data-step-date`,
/// `data-controllers`, `data-change-count`), which is how tests in a headless browser see
/// the page as a person would. `#step=N` or `#date=YYYY-MM-DD` in the URL selects a step.
enum MapPage {
  static let stylesheet = #"""
    html, body { height: 100%; margin: 0; }
    body { font: 13px/1.4 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222; }
    #map { position: absolute; inset: 0; background: #dfe8ee; }
    .country-label { pointer-events: none; }
    .country-label span { position: absolute; transform: translate(-50%, -50%);
      white-space: nowrap; color: #8c8273; font-size: 12px; letter-spacing: 0.12em;
      text-transform: uppercase; text-shadow: 0 0 3px #f2efe9, 0 0 3px #f2efe9; }
    .frontline-panel { background: rgba(255, 255, 255, 0.92); border-radius: 5px;
      box-shadow: 0 1px 5px rgba(0, 0, 0, 0.35); padding: 6px 10px; }
    .frontline-title h1 { font-size: 15px; margin: 0; }
    .frontline-title .frontline-date { font-size: 13px; color: #444; }
    .frontline-legend { max-height: 60vh; overflow-y: auto; min-width: 140px; }
    .frontline-legend h4 { margin: 4px 0 2px; font-size: 12px; text-transform: uppercase;
      letter-spacing: 0.06em; color: #555; }
    .frontline-legend ul { list-style: none; margin: 0; padding: 0; }
    .frontline-legend li { margin: 2px 0; white-space: nowrap; }
    .frontline-legend .swatch { display: inline-block; width: 12px; height: 12px;
      border-radius: 50%; border: 1px solid #222; margin-right: 6px; vertical-align: -2px; }
    .frontline-legend .ring { display: inline-block; width: 10px; height: 10px;
      border-radius: 50%; border-width: 3px; margin-right: 5px; vertical-align: -3px; }
    .frontline-legend .line { display: inline-block; width: 22px; height: 0;
      border-top: 3px dashed #c0392b; margin-right: 5px; vertical-align: 3px; }
    .frontline-timeline { display: flex; align-items: center; gap: 8px; min-width: 320px; }
    .frontline-timeline input { flex: 1; min-width: 200px; }
    .frontline-timeline button { width: 30px; height: 26px; font-size: 14px; cursor: pointer; }
    .frontline-timeline .frontline-step-date { font-weight: bold; min-width: 84px; }
    .frontline-timeline .frontline-step-summary { color: #555; }
    .leaflet-tooltip.frontline-place-label { background: transparent; border: 0;
      box-shadow: none; padding: 0 2px; font-size: 11px; color: #222;
      text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
    .leaflet-tooltip.frontline-place-label:before { display: none; }
    .frontline-popup h3 { margin: 0 0 4px; font-size: 14px; }
    .frontline-popup .change { margin: 4px 0; padding-left: 6px; border-left: 4px solid; }
    .frontline-popup blockquote { margin: 6px 0; padding: 4px 8px; background: #f4f4f4;
      border-left: 3px solid #999; font-style: italic; }
    .frontline-popup table { border-collapse: collapse; margin-top: 4px; }
    .frontline-popup th { text-align: left; padding: 1px 8px 1px 0; color: #555;
      font-weight: normal; vertical-align: top; }
    .frontline-popup td { padding: 1px 0; word-break: break-word; }
    .frontline-popup ul.sources { margin: 2px 0; padding-left: 16px; }
    """#

  static let script = #"""
    (function () {
      'use strict';
      var data = JSON.parse(document.getElementById('frontline-data').textContent);
      var mapElement = document.getElementById('map');
      var map = L.map(mapElement, { zoomControl: false, zoomSnap: 0.25, zoomDelta: 0.5 });
      var actorsById = {};
      data.actors.forEach(function (actor) { actorsById[actor.id.toLowerCase()] = actor; });

      function escapeHTML(value) {
        return String(value).replace(/[&<>"']/g, function (c) {
          return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
      }

      function pane(name, zIndex, interactive) {
        var element = map.createPane(name);
        element.style.zIndex = zIndex;
        if (!interactive) { element.style.pointerEvents = 'none'; }
        return name;
      }
      pane('countries', 200, false);
      pane('borders', 250, false);
      pane('countryLabels', 300, false);
      pane('areas', 350, true);
      pane('lines', 420, true);
      pane('points', 450, true);

      function addHatchPatterns() {
        var ns = 'http://www.w3.org/2000/svg';
        var svg = document.createElementNS(ns, 'svg');
        svg.setAttribute('width', '0');
        svg.setAttribute('height', '0');
        svg.style.position = 'absolute';
        var defs = document.createElementNS(ns, 'defs');
        Object.keys(data.changeStyles).forEach(function (kind) {
          var pattern = document.createElementNS(ns, 'pattern');
          pattern.setAttribute('id', 'frontline-hatch-' + kind);
          pattern.setAttribute('patternUnits', 'userSpaceOnUse');
          pattern.setAttribute('width', '8');
          pattern.setAttribute('height', '8');
          pattern.setAttribute('patternTransform', 'rotate(45)');
          var line = document.createElementNS(ns, 'line');
          line.setAttribute('x1', '0');
          line.setAttribute('y1', '0');
          line.setAttribute('x2', '0');
          line.setAttribute('y2', '8');
          line.setAttribute('stroke', data.changeStyles[kind].colour);
          line.setAttribute('stroke-width', '3');
          pattern.appendChild(line);
          defs.appendChild(pattern);
        });
        svg.appendChild(defs);
        document.body.appendChild(svg);
      }
      addHatchPatterns();

      function drawBackground() {
        L.geoJSON(data.countries, {
          pane: 'countries', interactive: false,
          style: { stroke: false, fillColor: '#f2efe9', fillOpacity: 1 }
        }).addTo(map);
        L.geoJSON(data.borders, {
          pane: 'borders', interactive: false,
          style: { color: '#7d7d7d', weight: 1.3, dashArray: '6 3', opacity: 0.9 }
        }).addTo(map);
        data.countries.features.forEach(function (country) {
          if (!country.label || !country.properties.name) { return; }
          L.marker([country.label[1], country.label[0]], {
            pane: 'countryLabels', interactive: false, keyboard: false,
            icon: L.divIcon({
              className: 'country-label', iconSize: null,
              html: '<span>' + escapeHTML(country.properties.name) + '</span>'
            })
          }).addTo(map);
        });
        map.attributionControl.addAttribution('Countries and borders: Natural Earth');
      }

      function actorText(id) {
        var actor = actorsById[String(id).toLowerCase()];
        return actor && actor.name !== actor.id ? actor.name + ' (' + id + ')' : String(id);
      }

      function changeText(change) {
        var text = data.changeStyles[change.kind].text;
        if (change.from || change.to) {
          text += ': ' + (change.from ? actorText(change.from) : '?') + ' \u2192 ' +
            (change.to ? actorText(change.to) : '?');
        }
        if (change.dateFrom || change.dateTo) {
          text += ' (' + (change.dateFrom || '?') + ' \u2192 ' + (change.dateTo || '?') + ')';
        }
        return text;
      }

      function link(url) {
        var text = escapeHTML(url);
        return /^https?:\/\//i.test(url)
          ? '<a href="' + text + '" target="_blank" rel="noopener noreferrer">' + text + '</a>'
          : text;
      }

      function sourcesHTML(properties) {
        var sources = [];
        [properties.sources, properties.source].forEach(function (value) {
          if (Array.isArray(value)) { sources = sources.concat(value); }
          else if (value !== undefined && value !== null) { sources.push(value); }
        });
        if (!sources.length) { return ''; }
        return '<div>Sources:</div><ul class="sources">' + sources.map(function (source) {
          if (source && typeof source === 'object') {
            var url = source.url || source.source || '';
            var text = url ? link(String(url)) : escapeHTML(JSON.stringify(source));
            return '<li>' + text + '</li>';
          }
          return '<li>' + link(String(source)) + '</li>';
        }).join('') + '</ul>';
      }

      var shownSeparately = { evidence: true, sources: true, source: true };
      var actorKeys = { controller: true, to: true, from: true, actor: true };

      function popupHTML(feature) {
        var properties = feature.properties || {};
        var style = feature.frontline;
        var html = '<div class="frontline-popup">';
        if (style.heading) { html += '<h3>' + escapeHTML(style.heading) + '</h3>'; }
        if (style.change) {
          var changeStyle = data.changeStyles[style.change.kind];
          html += '<p class="change" style="border-color:' + escapeHTML(changeStyle.colour) +
            '">' + escapeHTML(changeText(style.change)) + '</p>';
        }
        var evidence = properties.evidence;
        (Array.isArray(evidence) ? evidence : evidence ? [evidence] : []).forEach(function (text) {
          html += '<blockquote class="evidence">' + escapeHTML(text) + '</blockquote>';
        });
        html += sourcesHTML(properties);
        var rows = Object.keys(properties).filter(function (key) {
          return !shownSeparately[key];
        }).map(function (key) {
          var value = properties[key];
          var text = typeof value === 'string' ? value : JSON.stringify(value);
          if (actorKeys[key] && typeof value === 'string') { text = actorText(value); }
          return '<tr><th>' + escapeHTML(key) + '</th><td>' + escapeHTML(text) + '</td></tr>';
        });
        if (rows.length) { html += '<table>' + rows.join('') + '</table>'; }
        return html + '</div>';
      }

      function isArea(geometry) {
        if (!geometry) { return false; }
        if (geometry.type === 'GeometryCollection') { return geometry.geometries.some(isArea); }
        return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
      }

      // Names stay on the map while they are few enough to read; else they show on hover.
      var labelledCount = Math.max.apply(null, [0].concat(data.steps.map(function (step) {
        return step.features.filter(function (f) { return f.frontline.label; }).length;
      }))) + data.layers.reduce(function (sum, layer) {
        return sum + layer.features.filter(function (f) { return f.frontline.label; }).length;
      }, 0);
      var permanentLabels = labelledCount <= 150;

      function pointLayer(style, latlng) {
        var marker = L.circleMarker(latlng, {
          pane: 'points', radius: style.markerRadius, color: style.markerStroke,
          weight: style.markerDash ? 2.5 : 1.2, dashArray: style.markerDash || null,
          fillColor: style.markerColour, fillOpacity: 0.95,
          className: 'frontline-feature frontline-point'
        });
        if (style.label && permanentLabels) {
          marker.bindTooltip(escapeHTML(style.label), {
            permanent: true, direction: 'right', interactive: false,
            offset: [style.markerRadius + (style.change ? 6 : 2), 0],
            className: 'frontline-place-label'
          });
        }
        if (!style.change) { return marker; }
        var changeStyle = data.changeStyles[style.change.kind];
        var ring = L.circleMarker(latlng, {
          pane: 'points', radius: style.markerRadius + 5, color: changeStyle.colour, weight: 3,
          dashArray: changeStyle.dash || null, fill: false, interactive: false,
          className: 'frontline-change frontline-change-' + style.change.kind
        });
        return L.featureGroup([ring, marker]);
      }

      function changeOverlay(feature, style) {
        var changeStyle = data.changeStyles[style.change.kind];
        var area = isArea(feature.geometry);
        var className = 'frontline-change frontline-change-' + style.change.kind;
        var options = area ? {
          color: changeStyle.colour, weight: 3, dashArray: changeStyle.dash || '6 4',
          fillColor: 'url(#frontline-hatch-' + style.change.kind + ')', fillOpacity: 1
        } : { color: changeStyle.colour, weight: style.strokeWidth + 6, opacity: 0.45 };
        return L.geoJSON(feature, Object.assign(options, {
          pane: area ? 'areas' : 'lines', interactive: false, className: className,
          pointToLayer: function (f, latlng) {
            return L.circleMarker(latlng, { radius: 0, stroke: false, fill: false });
          }
        }));
      }

      // Path options go to L.geoJSON itself, which hands them to each line and polygon; its
      // `style` option would also restyle the point markers.
      function featureLayer(feature) {
        var style = feature.frontline;
        var area = isArea(feature.geometry);
        var layer = L.geoJSON(feature, {
          pane: area ? 'areas' : 'lines',
          color: style.stroke, weight: style.strokeWidth, opacity: style.strokeOpacity,
          fillColor: style.fill, fillOpacity: style.fillOpacity,
          dashArray: style.dash || null, className: 'frontline-feature',
          pointToLayer: function (f, latlng) { return pointLayer(style, latlng); }
        });
        layer.bindPopup(popupHTML(feature), { maxWidth: 380 });
        if (style.label && !permanentLabels) {
          layer.bindTooltip(escapeHTML(style.label), { direction: 'top' });
        }
        if (style.change && feature.geometry.type !== 'Point' &&
            feature.geometry.type !== 'MultiPoint') {
          return L.featureGroup([changeOverlay(feature, style), layer]);
        }
        return layer;
      }

      function groupOf(collection) {
        return L.featureGroup(collection.features.map(featureLayer));
      }

      function legendControl() {
        var control = L.control({ position: 'topright' });
        control.onAdd = function () {
          var div = L.DomUtil.create('div', 'frontline-panel frontline-legend');
          var html = '';
          if (data.actors.length) {
            html += '<h4>Actors</h4><ul>' + data.actors.map(function (actor) {
              return '<li class="legend-actor" data-actor="' + escapeHTML(actor.id) + '">' +
                '<span class="swatch" style="background:' + escapeHTML(actor.colour) +
                '"></span>' + escapeHTML(actor.name) + '</li>';
            }).join('') + '</ul>';
          }
          if (data.hasChallenged) {
            html += '<ul><li class="legend-challenged"><span class="swatch" style="border:2px ' +
              'dashed #222;background:#fff"></span>contested or besieged</li></ul>';
          }
          if (data.hasUncoloured) {
            html += '<ul><li class="legend-other"><span class="swatch" style="background:' +
              escapeHTML(data.uncolouredColour) + '"></span>no actor named</li></ul>';
          }
          if (data.changeKinds.length || data.hasFrontLine) {
            html += '<h4>Changes</h4><ul>' + data.changeKinds.map(function (kind) {
              var style = data.changeStyles[kind];
              return '<li class="legend-change" data-change="' + escapeHTML(kind) + '">' +
                '<span class="ring" style="border-color:' + escapeHTML(style.colour) +
                ';border-style:' + (style.dash ? 'dashed' : 'solid') + '"></span>' +
                escapeHTML(style.text) + '</li>';
            }).join('');
            if (data.hasFrontLine) {
              html += '<li class="legend-front"><span class="line"></span>front line</li>';
            }
            html += '</ul>';
          }
          div.innerHTML = html || '<h4>No actors</h4>';
          L.DomEvent.disableClickPropagation(div);
          L.DomEvent.disableScrollPropagation(div);
          return div;
        };
        return control;
      }

      var titleDate;
      function titleControl() {
        var control = L.control({ position: 'topleft' });
        control.onAdd = function () {
          var div = L.DomUtil.create('div', 'frontline-panel frontline-title');
          div.innerHTML = '<h1>' + escapeHTML(data.title) + '</h1>';
          titleDate = L.DomUtil.create('div', 'frontline-date', div);
          return div;
        };
        return control;
      }

      drawBackground();
      titleControl().addTo(map);
      legendControl().addTo(map);
      L.control.zoom({ position: 'topleft' }).addTo(map);
      L.control.scale({ imperial: false, position: 'bottomright' }).addTo(map);

      var staticCount = 0;
      var overlays = {};
      data.layers.forEach(function (collection) {
        var group = groupOf(collection).addTo(map);
        overlays[escapeHTML(collection.name)] = group;
        staticCount += collection.features.length;
      });

      var stepGroup = L.layerGroup().addTo(map);
      var stepCache = [];
      var current = -1;
      var slider, dateLabel, summaryLabel, playButton, timer = null;

      function controllersOf(features) {
        var counts = {};
        features.forEach(function (feature) {
          var p = feature.properties || {};
          var actor = p.controller || p.to;
          if (typeof actor === 'string') { counts[actor] = (counts[actor] || 0) + 1; }
        });
        return Object.keys(counts).sort().map(function (key) { return key + '=' + counts[key]; });
      }

      function showStep(index) {
        if (!data.steps.length) { return; }
        index = Math.max(0, Math.min(data.steps.length - 1, index));
        if (index === current) { return; }
        current = index;
        var step = data.steps[index];
        stepGroup.clearLayers();
        stepGroup.addLayer(stepCache[index] || (stepCache[index] = groupOf(step)));
        var changes = step.features.filter(function (f) { return f.frontline.change; }).length;
        var controllers = controllersOf(step.features);
        mapElement.dataset.step = String(index);
        mapElement.dataset.stepDate = step.date;
        mapElement.dataset.featureCount = String(staticCount + step.features.length);
        mapElement.dataset.changeCount = String(changes);
        mapElement.dataset.controllers = controllers.join(';');
        slider.value = String(index);
        dateLabel.textContent = step.date;
        titleDate.textContent = 'as of ' + step.date;
        summaryLabel.textContent = step.features.length + ' features, ' + changes +
          (changes === 1 ? ' change' : ' changes');
        try { history.replaceState(null, '', '#step=' + index); } catch (ignored) { }
      }

      function stepFromHash() {
        var hash = location.hash.replace(/^#/, '');
        var match = /(?:^|&)step=(\d+)/.exec(hash);
        if (match) { return parseInt(match[1], 10); }
        match = /(?:^|&)date=([0-9-]+)/.exec(hash);
        if (match) {
          var found = 0;
          data.steps.forEach(function (step, index) {
            if (step.date <= match[1]) { found = index; }
          });
          return found;
        }
        return null;
      }

      function stopPlaying() {
        if (timer !== null) { clearInterval(timer); timer = null; }
        playButton.textContent = '\u25B6';
        playButton.title = 'Play';
      }

      function play() {
        if (timer !== null) { stopPlaying(); return; }
        if (current >= data.steps.length - 1) { showStep(0); }
        playButton.textContent = '\u275A\u275A';
        playButton.title = 'Pause';
        timer = setInterval(function () {
          if (current >= data.steps.length - 1) { stopPlaying(); return; }
          showStep(current + 1);
        }, 1000);
      }

      function timelineControl() {
        var control = L.control({ position: 'bottomleft' });
        control.onAdd = function () {
          var div = L.DomUtil.create('div', 'frontline-panel frontline-timeline');
          playButton = L.DomUtil.create('button', 'frontline-play', div);
          playButton.type = 'button';
          slider = L.DomUtil.create('input', 'frontline-slider', div);
          slider.type = 'range';
          slider.min = '0';
          slider.max = String(data.steps.length - 1);
          slider.step = '1';
          dateLabel = L.DomUtil.create('span', 'frontline-step-date', div);
          summaryLabel = L.DomUtil.create('span', 'frontline-step-summary', div);
          L.DomEvent.disableClickPropagation(div);
          L.DomEvent.disableScrollPropagation(div);
          L.DomEvent.on(slider, 'input', function () {
            stopPlaying();
            showStep(parseInt(slider.value, 10));
          });
          L.DomEvent.on(playButton, 'click', play);
          return div;
        };
        return control;
      }

      if (data.steps.length) {
        timelineControl().addTo(map);
        stopPlaying();
        mapElement.dataset.stepCount = String(data.steps.length);
        var fromHash = stepFromHash();
        showStep(fromHash === null ? data.initialStep : fromHash);
        window.addEventListener('hashchange', function () {
          var index = stepFromHash();
          if (index !== null) { stopPlaying(); showStep(index); }
        });
      } else {
        mapElement.dataset.featureCount = String(staticCount);
      }
      if (Object.keys(overlays).length > 1) {
        L.control.layers(null, overlays, { position: 'topright' }).addTo(map);
      }

      var extent = data.extent;
      if (extent && extent[0] === extent[2] && extent[1] === extent[3]) {
        map.setView([extent[1], extent[0]], 10);
      } else if (extent) {
        map.fitBounds([[extent[1], extent[0]], [extent[3], extent[2]]],
          { padding: [40, 40], maxZoom: 12 });
      } else {
        map.setView([0, 0], 2);
      }
      mapElement.dataset.ready = 'true';
    })();
    """#
}
