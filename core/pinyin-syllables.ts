/**
 * Toneless Hanyu Pinyin syllables, so that a pinyin query matches only at syllable boundaries:
 * "xinxi" (xin·xi) finds xinxihua but not xinxing (xin·xing), which a plain prefix match would.
 */
const INITIALS_FINALS = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen
feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng
hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke
kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo
long lou lu luan lun luo lü lüe lv lve lue ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan
nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe nv nve nue o ou pa pai pan pang pao pei
pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng
ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan
tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi
yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong
zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`;

const SYLLABLES = new Set(INITIALS_FINALS.split(/\s+/));
const LONGEST = 6;

/** Positions where some full split of `word` into syllables puts a boundary; empty if it does not split. */
export function syllableBoundaries(word: string): Set<number> {
  const n = word.length;
  const fromStart = new Set([0]);
  for (let i = 0; i < n; i++) {
    if (!fromStart.has(i)) continue;
    for (let len = 1; len <= LONGEST && i + len <= n; len++) if (SYLLABLES.has(word.slice(i, i + len))) fromStart.add(i + len);
  }
  if (!fromStart.has(n)) return new Set();
  const toEnd = new Set([n]);
  for (let i = n - 1; i >= 0; i--) {
    for (let len = 1; len <= LONGEST && i + len <= n; len++) if (toEnd.has(i + len) && SYLLABLES.has(word.slice(i, i + len))) toEnd.add(i);
  }
  return new Set([...fromStart].filter((position) => toEnd.has(position)));
}

/** True when the (toneless, lower-case) word is one pinyin syllable. */
export const isSyllable = (word: string): boolean => SYLLABLES.has(word);

/** True when the (toneless, lower-case) word is a run of pinyin syllables. */
export const isPinyin = (word: string): boolean => word.length > 0 && syllableBoundaries(word).size > 0;

/**
 * The boundaries of `word` a reader can rely on: those of syllableBoundaries, less one before an
 * a, o or e that another split puts inside a syllable (guo·jia·an: not guo·ji·a·an; zhi·liang: not
 * zhi·li·ang). Written pinyin puts an apostrophe there when the boundary is meant (Xi'an); the
 * index's forms, joined from the hanzi's readings, carry none, so such a boundary is a guess.
 */
export function clearBoundaries(word: string): Set<number> {
  const boundaries = syllableBoundaries(word);
  const crossed = new Set<number>();
  for (const start of boundaries) {
    for (let length = 2; length <= LONGEST && start + length <= word.length; length++) {
      if (!boundaries.has(start + length) || !SYLLABLES.has(word.slice(start, start + length))) continue;
      for (let inside = start + 1; inside < start + length; inside++) crossed.add(inside);
    }
  }
  return new Set([...boundaries].filter((position) => !(crossed.has(position) && /[aoe]/.test(word[position]))));
}
