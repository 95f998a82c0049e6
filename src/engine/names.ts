// Stage "names": joins the words of one name ("u s a") and tells a name from a pronoun that is spelt the same.
import type { EnglishData } from '../knowledge/types';

interface PronounRule {
  means: string[];
  pronounAfter: Set<string>;
  nameBefore: Set<string>;
}

/**
 * Reads every way of writing a name as one concept: joint names (letters written apart, "U.K.") and words that are
 * a name or a pronoun ("the us" is the name; "tell us" the pronoun, which is dropped).
 */
export class NameResolver {
  /** First word → the joint names it starts, longest first. */
  private readonly joint = new Map<string, Array<{ words: string[]; means: string[] }>>();
  private readonly pronouns = new Map<string, PronounRule>();
  /** Each name-or-pronoun as written in capitals, the words of the name, and the verbs after which it stays a pronoun. */
  private readonly capitals: Array<{ written: RegExp; means: string; pronounAfter: Set<string> }> = [];

  constructor(data: Pick<EnglishData, 'jointNames' | 'pronounOrName'>) {
    for (const name of data.jointNames) {
      const list = this.joint.get(name.words[0]) ?? [];
      list.push(name);
      list.sort((a, b) => b.words.length - a.words.length);
      this.joint.set(name.words[0], list);
    }
    for (const rule of data.pronounOrName) {
      this.pronouns.set(rule.word, {
        means: rule.means,
        pronounAfter: new Set(rule.pronounAfter),
        nameBefore: new Set(rule.nameBefore),
      });
      this.capitals.push({
        written: new RegExp(`(?<![A-Za-z])${rule.word.toUpperCase()}(?![A-Za-z])`, 'g'),
        means: rule.means.join(' '),
        pronounAfter: new Set(rule.capitalsPronounAfter ?? []),
      });
    }
  }

  /**
   * A word that is a name or a pronoun, written in capitals inside text that is not all capitals ("talks between US and
   * French officials"), is the name — unless it follows a verb that takes the pronoun (`capitalsPronounAfter`: "tell
   * US why"): it is written as the words of the name before the words are lower-cased.
   */
  markNames(text: string): string {
    if (!this.capitals.length || !/[A-Z]{2}/.test(text) || !/[a-z]/.test(text)) return text;
    const letters = text.replace(/[^A-Za-z]/g, '');
    if (letters.replace(/[^A-Z]/g, '').length * 2 > letters.length) return text;
    let out = text;
    for (const { written, means, pronounAfter } of this.capitals) {
      out = out.replace(written, (match, offset: number, whole: string) => {
        const before = /([A-Za-z]+)[^A-Za-z]*$/.exec(whole.slice(0, offset))?.[1]?.toLowerCase();
        return before && pronounAfter.has(before) ? match : means;
      });
    }
    return out;
  }

  resolve(words: string[]): string[] {
    if (!words.some((w) => this.joint.has(w) || this.pronouns.has(w))) return words;
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const joint = this.joint.get(w)?.find((name) => name.words.every((x, k) => words[i + k] === x));
      if (joint) {
        out.push(...joint.means);
        i += joint.words.length - 1;
        continue;
      }
      const rule = this.pronouns.get(w);
      if (!rule) out.push(w);
      else {
        const before = words[i - 1];
        if (!before || !rule.pronounAfter.has(before) || rule.nameBefore.has(words[i + 1])) out.push(...rule.means);
      }
    }
    return out;
  }
}
