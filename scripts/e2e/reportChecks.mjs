// The check the driver (run.mjs) makes on the readiness report page in the real VS Code workbench: once the harness
// has ended two practice sessions on the same doc and opened its report, the webview shows the score, the seven
// steps, the chart of time per step against its budget and the score trend of both sessions. Waits are bounded and
// wait on the DOM, not a timer.

/** `view`: a frame locator on the report webview's content frame. Resolves to { title, ok, detail }. */
export async function checkReportPage(view) {
  const title = 'driver: the readiness report shows the score, the steps, the time chart and the score trend';
  try {
    const score = view.locator('[data-score]');
    await score.waitFor({ state: 'visible', timeout: 30_000 });
    const steps = await view.locator('section.step').count();
    const timeCharts = await view.locator('svg[aria-label="Time per step against its budget"]').count();
    const trendPoints = await view.locator('svg[aria-label="Score over sessions"] circle').count();
    const detail = `score ${await score.getAttribute('data-score')}, ${steps} steps, ${timeCharts} time chart, ${trendPoints} trend points`;
    return { title, ok: steps === 7 && timeCharts === 1 && trendPoints === 2, detail };
  } catch (error) {
    return { title, ok: false, detail: String(error?.stack ?? error) };
  }
}
