import { bulletNames } from '../../src/engine/lists';

describe('bulletNames', () => {
  it('reads the bold name of each bullet, else the line up to a colon', () => {
    expect(bulletNames('Intro:\n- **Poverty**\n- **Lack of opportunity**: and more\n* plain item: text\n• last one\n\nNot a bullet - here')).toEqual([
      'Poverty',
      'Lack of opportunity',
      'plain item',
      'last one',
    ]);
  });

  it('finds none in text without bullets, or a dash inside a line', () => {
    expect(bulletNames('The article says A - B and C.')).toEqual([]);
  });
});
