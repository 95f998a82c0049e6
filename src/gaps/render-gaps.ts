// The gaps report as text: Markdown for chat (user text marked for each platform to escape) and plain text for the CLI.
import { clip, userText } from '../text/text-tools';
import type { GapGroup, GapsReport } from './gaps-report';

/** Chat shows this many groups; `npm run gaps` shows them all, with ready-to-paste YAML. */
export const CHAT_TOP = 10;
/** A question is quoted in chat up to this length. */
const CHAT_QUOTE_CHARS = 160;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The window and the totals, in one line. */
function summary(report: GapsReport): string {
  const parts = [`${report.totalDeclined} declined`, `${report.totalDownvoted} voted 👎`];
  if (report.privateHidden) parts.push(`${report.privateHidden} of them asked privately (counted, never shown)`);
  return `${day(report.from)} → ${day(report.to)}: ${parts.join(' · ')}.`;
}

function tally(g: GapGroup): string {
  const kinds = [g.declined ? `${g.declined} declined` : '', g.downvoted ? `${g.downvoted} 👎` : ''].filter(Boolean).join(', ');
  return `×${g.count} (${kinds}) · ${g.platforms.join(', ')} · last ${day(g.lastAsked)}`;
}

function closestText(g: GapGroup): string {
  return g.closest ? `closest: ${g.closest.kind} ${g.closest.id} (score ${g.closest.score.toFixed(2)})` : 'closest: nothing in the knowledge';
}

/**
 * The top groups as chat Markdown. Every question is user text (`userText`), so each platform shows it inert: no
 * mention, link or Markdown of its own.
 */
export function gapsMarkdown(report: GapsReport, top = CHAT_TOP): string {
  const lines = [summary(report)];
  if (!report.groups.length) {
    lines.push('', 'Nothing to fix: every public question in this window was answered, and no answer was voted down.');
    return lines.join('\n');
  }
  report.groups.slice(0, top).forEach((g, i) => {
    const others = g.questions.length > 1 ? ` (+${g.questions.length - 1} similar wording${g.questions.length > 2 ? 's' : ''})` : '';
    lines.push('', `${i + 1}. “${userText(clip(g.representative, CHAT_QUOTE_CHARS))}”${others} ${tally(g)}`);
    lines.push(`   ${closestText(g)} → ${g.suggestion.text}`);
  });
  const more = report.groups.length > top ? `${report.groups.length - top} more groups; ` : '';
  lines.push('', `_${more}\`npm run gaps\` prints every group with ready-to-paste YAML._`);
  return lines.join('\n');
}

/** The whole report for a terminal: each group with its wordings, the fix and the YAML to paste. */
export function gapsText(report: GapsReport): string {
  const lines = [`Gaps report — ${summary(report)}`];
  const skipped = [
    report.notCoveredReplies ? `${report.notCoveredReplies} answered with a not-covered reply` : '',
    report.nowAnswered ? `${report.nowAnswered} answered by the knowledge as it is now` : '',
    report.chat ? `${report.chat} small talk` : '',
  ].filter(Boolean);
  if (skipped.length) lines.push(`Not listed: ${skipped.join(', ')}.`);
  if (!report.groups.length) lines.push('', 'Nothing to fix: every public question in this window was answered, and no answer was voted down.');
  report.groups.forEach((g, i) => {
    lines.push('', `${i + 1}. "${oneLine(g.representative)}" ${tally(g)}`);
    for (const q of g.questions.slice(1)) lines.push(`     also: "${oneLine(q)}"`);
    lines.push(`   ${closestText(g)}`, `   fix: ${g.suggestion.text}`, '', g.suggestion.snippet.replace(/^/gm, '     '));
  });
  return lines.join('\n');
}

/** A logged question on one terminal line: control characters (an escape sequence, a newline) shown as spaces. */
function oneLine(text: string): string {
  return clip(text.replace(/[\p{Cc}\s]+/gu, ' ').trim(), 200);
}
