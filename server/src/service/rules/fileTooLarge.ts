// file-too-large: a file beyond the size or node limit (regbrev.maxFileSize, regbrev.maxNodes) is not
// analysed, so that one hostile or mistaken file cannot stall the editor; this finding says so and how to
// raise the limit. Its own comments cannot silence it, as the file was not read (analyze.ts).
import { defineRule } from './unit';

export const fileTooLarge = defineRule({
  name: 'fileTooLarge',
  codes: {
    'file-too-large': {
      severity: 'error',
      title: { sv: 'Filen är för stor för att kontrolleras', en: 'File too large to check' },
      summary: 'A file is beyond the size or node limit and is not analysed.',
    },
  },
  file(file, out) {
    if (file.limitProblem) out.draft(file.limitProblem);
  },
});
