import XCTest
import EntityGraph
@testable import Extraction

/// Presidential envoys, venues set off by commas, buildings attacked in a city, given names after a
/// known given name, working sessions, English lists with "the", naming a deed by a crime,
/// reactions to a deed the story keeps naming, parties after their leader's possessive.
final class VenuesDeedsAndPartiesTests: XCTestCase {
    func testAPresidentialEnvoyHoldsHisStatesRole() {
        let found = edges("التقى الموفد الرئاسي الفرنسي إلى لبنان جان إيف لودريان الثلاثاء الرئيس اللبناني جوزاف عون في قصر بعبدا.")
        XCTAssertTrue(found.isSuperset(of: ["le_drian holds_role france", "joseph_aoun met_with le_drian"]), "\(found)")
    }

    func testAVenueSetOffByCommasStandsBetweenHostAndGuest() {
        let found = edges("استقبل رئيس الجمهورية قيس سعيّد، عشية الخميس بقصر قرطاج، وزير الخارجية الإيطالي أنطونيو تاياني.")
        XCTAssertTrue(found.contains("kais_saied met_with tajani"), "\(found)")
        XCTAssertTrue(edges("وشنت إسرائيل غارات على مقر هيئة الأركان في دمشق.").contains("israel attacks syria"))
    }

    func testAGivenNameSpelledLikeAStopwordAfterAKnownGivenName() {
        let found = edges("كما أجرى تاياني جلسة عمل مع نظيره التونسي محمد علي الحامدي، تم خلالها التوقيع على اتفاقية.")
        XCTAssertTrue(found.isSuperset(of: ["mhmd_ali_alhamdi holds_role tunisia", "mhmd_ali_alhamdi met_with tajani"]), "\(found)")
        let people = sharedExtractor.extract(text: "زار تاياني تونس على رأس وفد يضم وزير الداخلية ماتيو بيانتيدوسي.", document: "t.txt")
            .entities.filter { $0.kind == .person }.map(\.id)
        XCTAssertEqual(Set(people), ["tajani", "matio_biantidosi"])
    }

    func testTheDeputyOfAWomanPrimeMinister() {
        XCTAssertEqual(attribute("role", of: "tajani holds_role italy", in: "استقبل الرئيس قيس سعيّد نائب رئيسة الوزراء وزير الخارجية الإيطالي أنطونيو تاياني."),
                       "deputy_prime_minister")
    }

    func testAListWithTheBeforeAMemberKeepsItsFirstMember() {
        let found = edges("Israel launched an airstrike on Hamas leaders in Doha on Tuesday.\nSaudi Arabia, the United Arab Emirates and Egypt condemned the attack.")
        XCTAssertTrue(found.isSuperset(of: ["saudi_arabia criticizes israel", "united_arab_emirates criticizes israel", "egypt criticizes israel"]),
                      "\(found)")
    }

    func testNamingADeedACrimeCriticisesItsDoer() {
        XCTAssertTrue(edges("Israel struck Hamas leaders in Doha.\nQatar called the strike state terrorism.").contains("qatar criticizes israel"))
        XCTAssertFalse(edges("Israel struck Hamas leaders in Doha.\nNetanyahu called the strike a success.").contains { $0.contains("criticizes") })
        XCTAssertFalse(edges("Drones entered Polish airspace.\nNATO Secretary General Mark Rutte called the incursion reckless and said the alliance would respond.")
            .contains("rutte criticizes nato"))
    }

    func testADeedTheStoryKeepsNamingStaysWithinReach() {
        let story = "Israel struck Hamas leaders in Doha on Tuesday.\nHamas said its leaders survived.\nQatar called the strike state terrorism.\n"
            + "The emir received calls.\nLeaders across the Gulf spoke.\nEgypt and Jordan condemned the attack."
        XCTAssertTrue(edges(story).isSuperset(of: ["egypt criticizes israel", "jordan criticizes israel"]), "\(edges(story))")
        let forgotten = "Israel struck Hamas leaders in Doha on Tuesday.\nHamas said its leaders survived.\nThe talks went on.\n"
            + "The emir received calls.\nLeaders across the Gulf spoke.\nEgypt and Jordan condemned the attack."
        XCTAssertFalse(edges(forgotten).contains("egypt criticizes israel"))
    }

    func testAPartyAfterItsLeadersPossessive() {
        let found = edges("Czech billionaire Andrej Babis's ANO party won the election, beating Prime Minister Petr Fiala.")
        XCTAssertTrue(found.contains("babis holds_role ano"), "\(found)")
        XCTAssertEqual(attribute("role", of: "orban holds_role fidesz", in: "ANO sits with Viktor Orban's Fidesz party."), "leader")
    }

    func testThePrimeMinisterOnTheArticlesDate() {
        let text = "The Czech prime minister said Prague would keep supporting Kyiv."
        XCTAssertTrue(edges(text, date: "2026-01-10").contains("babis holds_role czechia"))
        XCTAssertTrue(edges(text, date: "2023-05-01").contains("fiala holds_role czechia"))
    }
}
