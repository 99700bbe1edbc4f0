/**
 * The timeline page's category filter, beyond what CSS does alone: the chart's remaining rows move
 * up to close the gaps left by the hidden ones, and the chart's height follows.
 */
const page = document.querySelector<HTMLElement>('.timeline-page');
const chart = page?.querySelector<SVGSVGElement>('.timeline-chart');
if (page && chart) {
  const row = Number(chart.dataset.row);
  const events = [...chart.querySelectorAll<SVGAElement>('.timeline-event')];
  const top = Number(events[0]?.dataset.y ?? 0);
  const width = chart.viewBox.baseVal.width;
  const reflow = () => {
    const category = page.querySelector<HTMLInputElement>('input[name="timeline-category"]:checked')?.value ?? 'all';
    let shown = 0;
    for (const event of events) {
      if (category !== 'all' && event.dataset.category !== category) continue;
      event.setAttribute('transform', `translate(0 ${top + shown * row})`);
      shown++;
    }
    const height = top + shown * row;
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
    chart.setAttribute('height', String(height));
    chart.querySelectorAll('.timeline-tick line').forEach((line) => line.setAttribute('y2', String(height)));
  };
  page.addEventListener('change', reflow);
  reflow();
}
