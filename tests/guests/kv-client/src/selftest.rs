//! A scripted check of the store's semantics.
//!
//! The script only touches its own keys (every one starts with [`PREFIX`] or is [`ODD_KEY`]),
//! deletes leftovers of an earlier run first, and compares `keys` answers with the keys the
//! store held before it started, so it can run against a store that holds other data.

use std::fmt::Debug;

use crate::neorun::kv::store::{self, Entry, KvError};

/// The prefix of the script's ASCII keys.
const PREFIX: &str = "selftest/";
/// A non-ASCII key.
const ODD_KEY: &str = "clé-🔑";
/// The value size limit of the store.
const MAX_VALUE_BYTES: u64 = 1_048_576;

/// Counts the checks and describes the first failure.
struct Checks {
    passed: u32,
}

impl Checks {
    /// Passes when `got == expected`; otherwise `Err("check N (what): expected X, got Y")`.
    fn eq<T: PartialEq + Debug>(&mut self, what: &str, got: T, expected: T) -> Result<(), String> {
        let n = self.passed + 1;
        if got == expected {
            self.passed = n;
            Ok(())
        } else {
            Err(format!("check {n} ({what}): expected {}, got {}", short(&expected), short(&got)))
        }
    }

    /// Passes when `ok`; otherwise `Err("check N (what): expected X, got Y")`.
    fn that<T: Debug>(
        &mut self,
        what: &str,
        ok: bool,
        expected: &str,
        got: T,
    ) -> Result<(), String> {
        let n = self.passed + 1;
        if ok {
            self.passed = n;
            Ok(())
        } else {
            Err(format!("check {n} ({what}): expected {expected}, got {}", short(&got)))
        }
    }
}

/// `value`'s debug form, cut to 200 bytes: a wrong answer may hold a megabyte.
fn short<T: Debug>(value: &T) -> String {
    let mut s = format!("{value:?}");
    if s.len() > 200 {
        let mut end = 200;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push_str("...");
    }
    s
}

fn entry(key: &str, value: Vec<u8>, tags: &[&str], version: u64) -> Entry {
    Entry {
        key: key.to_owned(),
        value,
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        version,
    }
}

fn key(suffix: &str) -> String {
    format!("{PREFIX}{suffix}")
}

/// Runs the script; returns the number of checks that passed.
pub(crate) fn run() -> Result<u32, String> {
    let mut c = Checks { passed: 0 };

    // Start clean: remove what an earlier run may have left, then remember everything else.
    for k in store::keys(PREFIX) {
        store::delete(&k);
    }
    store::delete(ODD_KEY);
    let mut others = store::keys("");
    c.that("keys(\"\") is sorted", others.is_sorted(), "sorted keys", &others)?;

    // A missing key.
    c.eq("get of a missing key", store::get(&key("missing")), None)?;

    // Put then get returns the identical entry; revisions go up by one per successful put.
    let a = entry(&key("a"), vec![0, 1, 2, 255], &["x", "ÿ", ""], 7);
    let first = match store::put(&a) {
        Ok(revision) => revision,
        Err(e) => return Err(format!("check {} (put a): expected Ok(_), got {e:?}", c.passed + 1)),
    };
    c.passed += 1;
    c.eq("get a", store::get(&a.key), Some(a.clone()))?;

    let odd = entry(ODD_KEY, Vec::new(), &[], u64::MAX);
    c.eq(
        "put of a non-ASCII key with an empty value and no tags",
        store::put(&odd),
        Ok(first + 1),
    )?;
    c.eq("get of the non-ASCII key", store::get(ODD_KEY), Some(odd.clone()))?;

    let a2 = entry(&a.key, vec![42; 300], &["replaced"], 0);
    c.eq("put replacing a", store::put(&a2), Ok(first + 2))?;
    c.eq("get of the replaced a", store::get(&a.key), Some(a2.clone()))?;

    // Refused puts do not move the revision.
    let empty_key = store::put(&entry("", vec![1], &[], 1));
    c.that(
        "put with an empty key",
        matches!(empty_key, Err(KvError::InvalidKey(_))),
        "Err(InvalidKey(_))",
        &empty_key,
    )?;
    c.eq("get of the empty key", store::get(""), None)?;

    let huge = entry(&key("huge"), vec![7; 1_048_577], &[], 1);
    c.eq(
        "put of a value of 1 MiB + 1 byte",
        store::put(&huge),
        Err(KvError::TooLarge(MAX_VALUE_BYTES)),
    )?;
    c.eq("get after the refused put", store::get(&huge.key), None)?;

    let b = entry(&key("b"), b"bee".to_vec(), &["t1", "t2"], 2);
    c.eq("put after refused puts", store::put(&b), Ok(first + 3))?;

    // Delete.
    c.eq("delete of an existing key", store::delete(&b.key), true)?;
    c.eq("get after delete", store::get(&b.key), None)?;
    c.eq("delete of a missing key", store::delete(&b.key), false)?;

    // Keys: sorted, filtered by prefix.
    let mut revision = first + 3;
    for suffix in ["k/c", "k/a", "k/b/1", "k/b", "l"] {
        revision += 1;
        c.eq("put for keys", store::put(&entry(&key(suffix), vec![1], &[], 0)), Ok(revision))?;
    }
    let sorted = |suffixes: &[&str]| -> Vec<String> { suffixes.iter().map(|s| key(s)).collect() };
    c.eq("keys of a prefix", store::keys(&key("k/")), sorted(&["k/a", "k/b", "k/b/1", "k/c"]))?;
    c.eq(
        "keys of a prefix that is also a key",
        store::keys(&key("k/b")),
        sorted(&["k/b", "k/b/1"]),
    )?;
    c.eq("keys of an unused prefix", store::keys(&key("zzz")), Vec::new())?;
    c.eq("keys of the non-ASCII prefix", store::keys("clé"), vec![ODD_KEY.to_owned()])?;
    others.extend(sorted(&["a", "k/a", "k/b", "k/b/1", "k/c", "l"]));
    others.push(ODD_KEY.to_owned());
    others.sort();
    c.eq("keys of the empty prefix", store::keys(""), others)?;

    // Clean up, checking each delete.
    for k in store::keys(PREFIX) {
        c.eq("delete during clean-up", store::delete(&k), true)?;
    }
    c.eq("delete of the non-ASCII key", store::delete(ODD_KEY), true)?;
    c.eq("keys after clean-up", store::keys(PREFIX), Vec::new())?;
    Ok(c.passed)
}
