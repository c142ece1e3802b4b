//! WIT kebab-case names to Rust identifiers.

use proc_macro2::{Ident, Span};

/// Rust keywords that can be written as raw identifiers (`r#type`).
const RAW_OK: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield", "try",
];

/// Keywords that cannot be raw identifiers; they get a trailing `_`.
const NO_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

fn words(kebab: &str) -> impl Iterator<Item = &str> {
    kebab.split('-').filter(|w| !w.is_empty())
}

/// `kv-error` → `kv_error`.
pub(crate) fn snake(kebab: &str) -> String {
    words(kebab).map(str::to_lowercase).collect::<Vec<_>>().join("_")
}

/// `kv-error` → `KV_ERROR`.
pub(crate) fn shouty(kebab: &str) -> String {
    words(kebab).map(str::to_uppercase).collect::<Vec<_>>().join("_")
}

/// `kv-error` → `KvError`; an all-caps word keeps only its first letter upper (`HTTP` → `Http`).
pub(crate) fn camel(kebab: &str) -> String {
    let mut s = String::new();
    for w in words(kebab) {
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            s.extend(c.to_uppercase());
            s.push_str(&cs.as_str().to_lowercase());
        }
    }
    s
}

/// An identifier for `name`, escaped when it is a keyword: raw (`r#type`) where Rust allows it,
/// otherwise with a trailing underscore (`self_`).
pub(crate) fn ident(name: &str) -> Ident {
    if NO_RAW.contains(&name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else if RAW_OK.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// The snake-case identifier of a WIT name (functions, fields, parameters, modules).
pub(crate) fn snake_ident(kebab: &str) -> Ident {
    ident(&snake(kebab))
}

/// The upper-camel-case identifier of a WIT name (types, cases).
pub(crate) fn camel_ident(kebab: &str) -> Ident {
    ident(&camel(kebab))
}

/// The screaming-snake-case identifier of a WIT name (flags constants).
pub(crate) fn shouty_ident(kebab: &str) -> Ident {
    ident(&shouty(kebab))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_names_convert_to_each_rust_case() {
        assert_eq!(snake("kv-error"), "kv_error");
        assert_eq!(camel("kv-error"), "KvError");
        assert_eq!(camel("HTTP-request"), "HttpRequest");
        assert_eq!(shouty("exec-all"), "EXEC_ALL");
    }

    #[test]
    fn keywords_are_escaped_raw_or_with_underscore() {
        assert_eq!(snake_ident("type").to_string(), "r#type");
        assert_eq!(snake_ident("match").to_string(), "r#match");
        assert_eq!(snake_ident("fn").to_string(), "r#fn");
        assert_eq!(snake_ident("self").to_string(), "self_");
        assert_eq!(camel_ident("self").to_string(), "Self_");
        assert_eq!(snake_ident("get").to_string(), "get");
    }
}
