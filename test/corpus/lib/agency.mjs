/** Agency names as they head real reports: township, county bureau, city, ministry; a few without region. */

const PROVINCES = ['河南省', '安徽省', '江苏省', '湖南省', '四川省', '江西省', '山东省', '浙江省', '广西壮族自治区', '福建省'];
const CITIES = ['南阳市', '合肥市', '常州市', '衡阳市', '洛阳市', '绵阳市', '赣州市', '临沂市', '台州市', '桂林市', '漳州市', '商丘市'];
const COUNTIES = ['桐柏县', '西峡县', '长丰县', '金坛区', '祁东县', '孟津区', '三台县', '于都县', '沂水县', '天台县', '阳朔县', '平和县', '宁陵县', '淅川县'];
const TOWNS = ['城关镇', '王集镇', '柳河镇', '石桥镇', '白土岗镇', '东城街道', '双河镇', '新集乡', '马店镇', '龙潭街道', '黄岗镇', '青山镇'];
const BUREAUS = ['自然资源局', '市场监督管理局', '教育局', '卫生健康委员会', '交通运输局', '住房和城乡建设局', '生态环境分局', '人力资源和社会保障局', '农业农村局', '民政局', '财政局', '应急管理局'];
const MINISTRIES = ['国家林业和草原局', '中华人民共和国水利部', '国家统计局', '中华人民共和国民政部', '国家能源局', '中华人民共和国审计署'];

/** { name, level, region, scopeWord } — scopeWord is how the prose speaks of the whole area (全市, 全县, 全系统). */
export function makeAgency(rnd) {
  const level = rnd.pick(['township', 'township', 'township', 'bureau', 'bureau', 'bureau', 'city', 'ministry']);
  const province = rnd.pick(PROVINCES);
  const city = rnd.pick(CITIES);
  const county = rnd.pick(COUNTIES);
  const noRegion = rnd.chance(0.12);
  switch (level) {
    case 'township': {
      const town = rnd.pick(TOWNS);
      const seat = town.endsWith('街道') ? '办事处' : '人民政府';
      return { name: noRegion ? `${town}${seat}` : `${county}${town}${seat}`, level, region: county, scopeWord: '全镇' };
    }
    case 'bureau': {
      const bureau = rnd.pick(BUREAUS);
      const name = noRegion ? `县${bureau}` : rnd.chance(0.4) ? `${city}${county}${bureau}` : `${county}${bureau}`;
      return { name, level, region: county, scopeWord: '全县系统' };
    }
    case 'city':
      return { name: rnd.chance(0.5) ? `${province}${city}人民政府` : `${city}人民政府办公室`, level, region: city, scopeWord: '全市' };
    default:
      return { name: rnd.pick(MINISTRIES), level: 'ministry', region: '', scopeWord: '全系统' };
  }
}
