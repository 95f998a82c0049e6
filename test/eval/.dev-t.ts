import { normalizeWords } from '../../src/engine/normalise';
console.log(normalizeWords("sorry late nite — wat r the things the article says expulsoins can do"));
