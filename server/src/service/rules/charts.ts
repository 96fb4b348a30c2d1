// Checks of the charts tables declare (`diagram:`): a row the table does not have is an unknown-reference;
// a chart that cannot be drawn (no year columns, two columns of one year, rows of different units) is a
// schema finding, as the schema cannot say it. The renderer leaves such a chart out for the same reasons,
// because both read `charts/declared.ts`.
import { declaredChart } from '../charts/declared';
import type { Problem } from '../problems';
import { problem } from './context';
import type { ProjectRule } from './context';

export const chartDeclarations: ProjectRule = ({ project, index, engine, locate }) => {
  const out: Problem[] = [];
  for (const t of project.tables) {
    if (!t.chart) continue;
    for (const issue of declaredChart(t, index, engine).issues) {
      out.push(problem(issue.code, locate.origin(issue.origin, issue.target), issue.message));
    }
  }
  return out;
};
