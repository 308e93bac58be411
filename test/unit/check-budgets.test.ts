// The bench's budgets for the first map pixels: within a frame of the text's paint, on desktop and on a phone.
import { describe, expect, it } from 'vitest';
import { checkBudgets, type BudgetInputs } from '../../bench/check-budgets';

const INPUTS: BudgetInputs = {
  assets: { ownJs: 30 * 1024, geodata: 10 * 1024, files: {} },
  storyReady: 1500,
  baselineReady: 1000,
  storyFcp: 200,
  storyFirstPixels: 200,
  lighthouse: { story: 0.7, floor: 0.6 },
  foreign: 0,
};
const lagBudgets = (inputs: BudgetInputs) =>
  checkBudgets(inputs).filter((b) => b.name.startsWith('story first map pixels'));

describe('the first map pixels budgets', () => {
  it('hold when the map paints with the text, and break a frame later', () => {
    expect(lagBudgets(INPUTS).map((b) => [b.actual, b.pass])).toEqual([['0 ms', true]]);
    expect(lagBudgets({ ...INPUTS, storyFirstPixels: 217 })[0]).toMatchObject({
      actual: '17 ms',
      pass: false,
    });
  });

  it('judge the phone on its own figures, when measured', () => {
    const phone = (firstPixels: number | null) =>
      lagBudgets({ ...INPUTS, phone: { fcp: 150, firstPixels } }).find((b) => b.name.includes('phone'));
    expect(phone(150)).toMatchObject({ actual: '0 ms', pass: true });
    expect(phone(300)).toMatchObject({ actual: '150 ms', pass: false });
    expect(phone(null)).toMatchObject({ actual: 'not measured', pass: false });
  });
});
