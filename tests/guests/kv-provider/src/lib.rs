//! An in-memory implementation of the `neorun:kv/store` interface, kept in guest memory.
//!
//! Semantics (the ones `kv-client`'s self-test checks): the revision counter starts at 0 and
//! every successful `put` increments it and returns the new value; an empty key is refused with
//! `invalid-key("empty key")`; a value larger than [`MAX_VALUE_BYTES`] is refused with
//! `too-large(MAX_VALUE_BYTES)`; `keys` returns the matching keys sorted by their bytes.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use exports::neorun::kv::store::{Entry, Guest, KvError};

wit_bindgen::generate!({
    world: "neorun:kv/provider",
    path: "../../../neorun/wit",
});

/// The largest value, in bytes, that `put` accepts.
const MAX_VALUE_BYTES: u64 = 1_048_576;

/// The store's contents and its revision counter.
struct Store {
    entries: BTreeMap<String, Entry>,
    revision: u64,
}

static STORE: Mutex<Store> = Mutex::new(Store { entries: BTreeMap::new(), revision: 0 });

/// The store, even if an earlier call panicked while holding it (the instance traps then).
fn store() -> MutexGuard<'static, Store> {
    STORE.lock().unwrap_or_else(PoisonError::into_inner)
}

struct Provider;

impl Guest for Provider {
    fn noop() {}

    fn get(key: String) -> Option<Entry> {
        store().entries.get(&key).cloned()
    }

    fn put(e: Entry) -> Result<u64, KvError> {
        if e.key.is_empty() {
            return Err(KvError::InvalidKey("empty key".to_owned()));
        }
        // A usize always fits in a u64 on wasm32.
        if e.value.len() as u64 > MAX_VALUE_BYTES {
            return Err(KvError::TooLarge(MAX_VALUE_BYTES));
        }
        let mut store = store();
        store.entries.insert(e.key.clone(), e);
        store.revision += 1;
        Ok(store.revision)
    }

    fn delete(key: String) -> bool {
        store().entries.remove(&key).is_some()
    }

    fn keys(prefix: String) -> Vec<String> {
        store()
            .entries
            .range(prefix.clone()..)
            .map(|(key, _)| key)
            .take_while(|key| key.starts_with(&prefix))
            .cloned()
            .collect()
    }
}

export!(Provider);
