import CasebookTheme

/// A page ready to render: where it goes, its template, its model as the engine reads it, and
/// its key — a build whose previous output holds the page under the same key keeps that file.
struct PreparedPage: Sendable {
    /// The output file (`cases/x/index.html`).
    let path: String
    let template: Template
    let value: TemplateValue
    /// The hash of the model, the template's name and the build's identity.
    let key: String
}
