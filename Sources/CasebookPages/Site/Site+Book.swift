extension Site {
    /// Whether `casebook build` writes the book into the site (and links it): `book.enabled` and at
    /// least one published case.
    package var includesBook: Bool { config.book?.enabled == true && !cases.isEmpty }
}

extension Routes {
    /// The compilation book.
    public static let book = "book/"
}
