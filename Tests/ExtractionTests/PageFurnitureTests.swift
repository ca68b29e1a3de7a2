import XCTest
@testable import Extraction

/// Lines of a news page that are not the story: tag lists under a bare label, copyright lines and
/// the credits of a wire story.
final class PageFurnitureTests: XCTestCase {
    private func entities(_ text: String) -> Set<String> {
        Set(sharedExtractor.extract(text: text, document: "t.txt").entities.map(\.id))
    }

    func testShortLinesUnderABareLabelAreTags() {
        XCTAssertEqual(entities("Lithuania reopened its border crossings.\n\nSuggested Topics:\nEurope\nMoldova\nGeorgia\n"), ["lithuania"])
        XCTAssertEqual(entities("أعادت ليتوانيا فتح المعابر.\n\nتصنيفات\n\nمولدوفا\n\nجورجيا\n"), ["lithuania"])
        XCTAssertEqual(entities("Tags:\nMoldova\n\nMoldova's president met Romania's prime minister in Chisinau on Monday."),
                       ["moldova", "romania", "chisinau", "sandu", "ilie_bolojan"], "a longer line ends the tags")
    }

    func testCopyrightAndCreditLinesNameNothing() {
        XCTAssertEqual(entities("Estonia expelled a Russian diplomat.\n\n© 2025 Reuters. All rights reserved."), ["estonia", "russia"])
        XCTAssertEqual(entities("Estonia expelled a Russian diplomat.\n\nReporting by Andrius Sytas in Vilnius and Essi Lehto in Helsinki; Editing by Toby Chopra"),
                       ["estonia", "russia"])
        XCTAssertEqual(entities("طردت إستونيا دبلوماسيا روسيا.\n\nجميع الحقوق محفوظة لشبكة الجزيرة"), ["estonia", "russia"])
    }

    func testOutletsCitedAsSourcesAreOrganisations() {
        XCTAssertEqual(entities("وذكرت وكالة بلومبرغ أن الاتحاد الأوروبي يدرس عقوبات جديدة على روسيا."),
                       ["bloomberg", "european_union", "russia"])
        XCTAssertEqual(attribute("modality", of: "european_union sanctions russia",
                                 in: "وذكرت وكالة بلومبرغ أن الاتحاد الأوروبي يدرس عقوبات جديدة على روسيا."), "planned")
        XCTAssertEqual(entities("The Wall Street Journal reported the talks, citing Politico and Axios."),
                       ["wall_street_journal", "politico", "axios"])
    }
}
