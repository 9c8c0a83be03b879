/// The version of Casebook, shown by `casebook --version` and written into the PDFs it prints.
public enum CasebookVersion {
    /// The release number, `major.minor.patch`.
    public static let current = "0.1.0"
}
