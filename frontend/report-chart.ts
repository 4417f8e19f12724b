/**
 * A report chart: Apache ECharts draws the option the server sends (JSON in the `option` attribute) with its
 * SVG renderer into a static <svg>, which scales to the element's width on screen and on paper.
 *
 * ECharts runs in its server-side-rendering mode (`ssr: true`, `renderToSVGString`) here in the browser: the
 * result is plain SVG markup, nothing animates or listens, so printing captures the finished chart. Every data
 * element carries `ecmeta_series_index` / `ecmeta_data_index` attributes, which the tests count. The hover
 * `<style>` block ECharts adds is dropped: the charts have no hover states, and a style element is what a
 * Content-Security-Policy without 'unsafe-inline' would refuse. No eval, no inline script.
 */
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GraphChart, LineChart, ScatterChart, GridComponent, LegendComponent, SVGRenderer]);

class ReportChart extends HTMLElement {
  static get observedAttributes() {
    return ['option', 'chart-width', 'chart-height'];
  }

  attributeChangedCallback() {
    this.render();
  }

  connectedCallback() {
    this.render();
  }

  private render() {
    const json = this.getAttribute('option');
    if (!json || !this.isConnected) {
      return;
    }
    const width = Number(this.getAttribute('chart-width') || 640);
    const height = Number(this.getAttribute('chart-height') || 320);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption({ ...JSON.parse(json), animation: false });
      const markup = chart.renderToSVGString().replace(/<style[\s\S]*?<\/style>/g, '');
      const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('focusable', 'false');
      this.replaceChildren(document.importNode(svg, true));
      this.setAttribute('rendered', '');
    } finally {
      chart.dispose();
    }
  }
}

customElements.define('report-chart', ReportChart);

// The reports' Print buttons: a listener here rather than a script sent from the server.
document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  if (target && target.closest && target.closest('[data-report-print]')) {
    window.print();
  }
});
