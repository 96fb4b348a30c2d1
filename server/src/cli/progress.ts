// Progress on stderr for runs that take a while. Nothing is written during the first second, so that a
// quick run (and every test) prints only its result; stdout is never touched, so that piped formats
// stay valid. The checks themselves run synchronously, so progress is reported between stages.
import type { Language, Message } from '../service/index';

export class Progress {
  private readonly start: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly language: Language,
    private readonly now: () => number = Date.now,
    private readonly threshold = 1000,
  ) {
    this.start = now();
  }

  private elapsed(): number {
    return this.now() - this.start;
  }

  /** Reports the stage the run enters, once the run has taken longer than the threshold. */
  stage(message: Message): void {
    if (this.elapsed() >= this.threshold) this.write(`regbrev: ${message[this.language]} …\n`);
  }

  /** Reports the end of a long run with its duration; a quick run ends silently. */
  finish(message: Message): void {
    const ms = this.elapsed();
    if (ms < this.threshold) return;
    const seconds = (ms / 1000).toFixed(1);
    const took = this.language === 'sv' ? `klart på ${seconds.replace('.', ',')} s` : `done in ${seconds} s`;
    this.write(`regbrev: ${took}: ${message[this.language]}\n`);
  }
}
