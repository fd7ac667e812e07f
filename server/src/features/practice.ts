/**
 * What the editor's practice mode and readiness report ask of the server: the step spans of a doc (where the cursor
 * and the edits are), the time presets (knowledge data), and the readiness report of an open doc on the findings
 * the diagnostics use, with a practice session's times when the client sends its session.
 */
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import {
  PracticePresetsRequest,
  ReadinessReportRequest,
  StepOutlineRequest,
  type PracticePresets,
} from '../../../common/protocol';
import type { EditorFeature, FeatureContext } from './editorFeature';

export function registerPractice(context: FeatureContext): EditorFeature {
  context.connection.onRequest(StepOutlineRequest, async ({ uri }, token) => {
    const document = context.documents.get(uri);
    if (!document) return null;
    const doc = await context.diagnostics.modelFor(document);
    if (!doc || token.isCancellationRequested) return null;
    const { stepSpans } = await import('../services');
    const caseStudy = doc.frontMatter?.data.case;
    return {
      uri,
      version: document.version,
      title: doc.title?.text ?? '',
      ...(typeof caseStudy === 'string' && caseStudy !== 'custom' ? { caseStudy } : {}),
      spans: stepSpans(doc),
    };
  });

  context.connection.onRequest(PracticePresetsRequest, async (): Promise<PracticePresets> => {
    const { practicePresets, presetMinutes, steps } = await import('../knowledge');
    return {
      presetMinutes,
      presets: practicePresets.map(({ id, title, description, minutes }) => ({ id, title, description, minutes })),
      steps: steps.map(({ id, number, title }) => ({ id, number, title })),
    };
  });

  context.connection.onRequest(ReadinessReportRequest, async ({ uri, session }, token) => {
    const document = context.documents.get(uri);
    if (!document) return null;
    const { readinessReport, sessionProblems, sessionReportOptions } = await import('../engine');
    const problems = session === undefined ? [] : sessionProblems(session);
    if (problems.length) throw new ResponseError(ErrorCodes.InvalidParams, `params.session: ${problems[0]}`);
    const analysed = await context.diagnostics.findingsFor(document);
    if (!analysed || token.isCancellationRequested) return null;
    return readinessReport(analysed.model, {
      findings: analysed.findings,
      fallbackTitle: uri.slice(uri.lastIndexOf('/') + 1),
      ...(session ? sessionReportOptions(session) : {}),
    });
  });
  return { capabilities: {} };
}
