/// Finds dates written as day, month name and year ("06 أبريل 2023", "6 April 2023") or day and
/// month ("في 26 مارس", the year taken from a reference date).
public enum DateParser {
    /// The first date in the spans of a sentence, as ISO `YYYY-MM-DD`.
    static func firstDate(_ tokens: [Token], spans: [Span], referenceYear: Int?) -> String? {
        for span in spans {
            guard case .month(let month) = span.value else { continue }
            let before = span.range.lowerBound - 1
            guard before >= 0, let day = Int(tokens[before].folded), (1...31).contains(day) else { continue }
            var year = referenceYear
            let after = span.range.upperBound
            if after < tokens.count, let written = Int(tokens[after].folded), (1900...2100).contains(written) {
                year = written
            }
            guard let year else { continue }
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        return nil
    }
}

import Foundation
