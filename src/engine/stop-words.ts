// Words that carry no topic: English and Spanish function words plus the filler of chat ("hey", "pls", "quick q").

const ENGLISH = `a about above after again against all also am an and any are aren arent as at be because been before being below
between both but by can cannot could couldn did didn didnt do does doesn doesnt doing don dont down during each few for from further
had hadn has hasn have haven having he her here hers herself him himself his how i if in into is isn isnt it its itself just let lets
me more most mustn my myself no nor not now of off on once only or other ought our ours ourselves out over own same shan she should
shouldn so some such than that thats the their theirs them themselves then there these they this those through to too under until up
very was wasn we were weren what whats when where which while who whom whose why will with won would wouldn you your yours yourself
yourselves s t d ll m o re ve y whats hows whys wheres whos im ive youre theyre theres heres`;

// Chat filler and question scaffolding: words people wrap around a question that say nothing about its topic.
const FILLER = `hey hi hello hiya yo ok okay please pls plz thanks thank thx ty bot borderbrief brief quick q question questions
ask asking asked wondering wonder curious know knows knowing tell telling told say says said saying explain explains explained
describe summarize summarise mention mentions mentioned talk talks talking remind me give show find want wanted wanna gonna need needs needed needing
like really actually basically exactly just lol lmao haha u ur r ya yeah yep nope kinda sorta maybe probably anyway again also
something anything stuff thing things bit little lot lots much many get got gets getting go goes going went one ones quite
text author writer writes written according per regarding re about even consider considered considering think thinks thought
supposedly supposed mean means meant deal dude dudes guy guys ppl gonna nah sure kind sort whole simple simply words word dumb
someone anyone everyone somebody anybody everybody else instead though although however still yet already whether either neither
way ways able unable trying try tried use used using make makes made thing come comes came bring brings put puts keep keeps kept
list lists listing enumerate bullet bullets would wouldve couldve shouldve hmm umm uh oh ah wow huh okay alright right well sorry excuse confused confusing honest honestly morning afternoon evening earlier answer answers promise super near
today tomorrow yesterday class professor boss team colleague colleagues journalist deadline briefing
write writing draft drafting prep prepping desk staffer editor editors producer reporter correspondent analyst grad student
students intern newsletter podcast segment explainer op ed oped night long day ugh plain short shot here hi hiya cover covering
wat wut whats everything anything nothing see read reading view views framing frame opening source sources claims claim
people total overall altogether point points place end ends terms possible possibly basically skim skimmed one two three four five six seven eight nine ten first second third last
0 1 2 3 4 5 6 7 8 9 10 1st 2nd 3rd 4th 5th
can could would should might may must shall will do does did dont doesnt didnt pretty real rn btw idk tbh imo fyi
among amongst inside within upon onto toward towards via wise thinking loud role roles play plays played playing old hearing hearings true truly along section sections refer refers referring every part parts happens happening covers covered touch touches touched reason reasons anywhere somewhere anyplace time times spot spots position positions stance stances cite citing difference differences lost ngl
fella fellas wait waiting situation situations file filing mate mates cheers bloke yall yaar tho thx pls lmk rly characterise characterize characterises characterizes characterised characterized portray portrays depict depicts define defines definition definitions meaning meanings factor factors agree agrees agreed disagree disagrees argue argues argued argument arguments stress stresses stressed emphasize emphasise emphasizes emphasises emphasis wants wanting shows showed showing shown angle angles line lines`;

const SPANISH = `a al algo algun alguna algunas alguno algunos ante antes asi aun aunque como con contra cual cuales cualquier
cuando de del desde donde dos el ella ellas ello ellos en entre era eran eres es esa esas ese eso esos esta estaba estan estar
estas este esto estos fue fueron fui ha habia han hasta hay la las le les lo los mas me mi mis mucho muy nada ni no nos nosotros
o otra otras otro otros para pero poco por porque que quien quienes se sea segun ser si sido sin sobre solo son su sus tambien
tan tanto te tiene tienen todo todos tu tus un una uno unos usted y ya yo hola oye porfa favor gracias dime dame puedes podrias
explica explicame cuentame sabes saber texto dice dicen decir menciona habla pregunta preguntas rapida rapido
oye oigan nomas noma pa wey guey va van cada apenas ademas final entonces bueno pues ahora ya luego mismo misma asi igual verdad realmente exactamente creo crees piensas
soy estoy necesito corresponsal periodista editor jefa podria puede pueden pueden hacer hace hacen tipo cosa cosas onda mero neta
ando andamos revisando reviso checando preguntando pregunto preguntan preguntaron columna tener tengo tenemos escribiendo escribo
carnal perdido perdida junta min minutos bien weyes armando parce cachai che tio`;

function toSet(...lists: string[]): Set<string> {
  return new Set(lists.join(' ').split(/\s+/).filter(Boolean));
}

/** Function words and chat filler, already lower-cased and without accents. */
export const STOP_WORDS: ReadonlySet<string> = toSet(ENGLISH, FILLER, SPANISH);

/** The Spanish part of STOP_WORDS (a Spanish word is never a correction for an English typo). */
const ENGLISH_STOP_WORDS = toSet(ENGLISH, FILLER);
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set([...toSet(SPANISH)].filter((w) => !ENGLISH_STOP_WORDS.has(w)));

/** Spanish function words used to tell a Spanish question from an English one. */
export const SPANISH_MARKERS: ReadonlySet<string> = toSet(
  `de y en con al el la los las del que por para como cual cuales cuantos cuantas cuando donde quien quienes porque es son fue fueron una unos
   unas segun sobre entre pero tambien esta estan hay articulo`,
);

/** Words that mean "the article itself": a question made only of them asks for the overview; elsewhere they weigh little. */
export const ARTICLE_WORDS: ReadonlySet<string> = toSet(
  `article articles story stories piece news report reports summary summarize summarise overview tldr tl dr gist
   nutshell readers reader pieces headline headlines author authors articulo nota noticia noticias resumen reportaje resumir resumeme`,
);

/**
 * Chat phrases whose words would otherwise look like topics: "back that up" is not about going back, "take a side"
 * not about sides, "at work" not about whether something works. Matched as whole phrases and dropped.
 */
export const FILLER_PHRASES: readonly string[] = [
  'back that up', 'back it up', 'back this up', 'backs that up', 'backs it up', 'back up that claim', 'back up the claim',
  'take a side', 'takes a side', 'take sides', 'taking sides', 'take a position', 'takes a position', 'take a stance',
  'at work', 'all anyone talks about', 'keeps saying', 'keep saying', 'kept saying', 'in class', 'reading group',
  'is that right', 'am i right', 'is he right', 'is she right', 'are they right', 'is that true', 'is it true',
  'keeps coming up', 'keep coming up', 'kept coming up', 'in the comments', 'only care about', 'all i care about',
  'share with my team', 'share with the team', 'share with my editor', 'share with my boss', 'share with my colleagues',
  'share with the desk', 'share with my class', 'pass along to my team', 'pass on to my team',
  'figure into', 'figures into', 'fixin to', 'fixing to', 'speaking as', 'as someone who', 'like me', 'people like me', 'someone like me', 'folks like me',
  'hold up', 'hang on', 'wait a sec', 'wait a second', 'real quick', 'for the record', 'to be fair', 'heads up',
];
