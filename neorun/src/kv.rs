//! The in-memory key-value store: neorun's built-in system linkable.
//!
//! Its interface is `neorun:kv/store@0.1.0` (`neorun/wit/kv.wit`). The same [`InMemoryKv`] can
//! be linked into a guest locally ([`InMemoryKv::add_to_linker`], a typed host call) or served
//! to remote guests ([`KvService`](crate::kv::KvService)).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use wasmtime::component::{HasData, Linker};

use crate::host::Host;

#[allow(missing_docs)]
mod bindings {
    wasmtime::component::bindgen!({
        path: "wit/kv.wit",
        world: "client",
        additional_derives: [PartialEq, Eq],
        exports: { default: async },
    });
}

pub use bindings::neorun::kv::store::{Entry, KvError};
pub use bindings::{Client, Op};

/// The name of the interface the store implements.
pub const INTERFACE: &str = "neorun:kv/store@0.1.0";

/// The largest value the store accepts, in bytes.
pub const MAX_VALUE_LEN: usize = 1 << 20;

/// An in-memory key-value store, shareable between instances and connections.
///
/// Every successful `put` increments a store-wide revision and returns it; revisions start at 1.
#[derive(Debug, Default)]
pub struct InMemoryKv {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    map: BTreeMap<String, Entry>,
    revision: u64,
}

impl InMemoryKv {
    /// An empty store.
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the map half-updated: every mutation is a
        // single insert or remove. Keep serving.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The entry stored under `key`.
    pub fn get(&self, key: &str) -> Option<Entry> {
        self.state().map.get(key).cloned()
    }

    /// Stores `entry` under its key and returns the new revision.
    ///
    /// # Errors
    /// [`KvError::InvalidKey`] for an empty key, [`KvError::TooLarge`] for a value over
    /// [`MAX_VALUE_LEN`].
    pub fn put(&self, entry: Entry) -> Result<u64, KvError> {
        if entry.key.is_empty() {
            return Err(KvError::InvalidKey("empty key".into()));
        }
        if entry.value.len() > MAX_VALUE_LEN {
            return Err(KvError::TooLarge(MAX_VALUE_LEN as u64));
        }
        let mut state = self.state();
        state.revision += 1;
        state.map.insert(entry.key.clone(), entry);
        Ok(state.revision)
    }

    /// Removes the entry under `key`; true when there was one.
    pub fn delete(&self, key: &str) -> bool {
        self.state().map.remove(key).is_some()
    }

    /// The keys that start with `prefix`, sorted.
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let state = self.state();
        state
            .map
            .range(prefix.to_owned()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.state().map.len()
    }

    /// True when the store holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Links `neorun:kv/store` into `linker` as typed host functions served by the store that
    /// [`Host`] carries (see [`InstanceBuilder::link_local`](crate::InstanceBuilder)).
    ///
    /// # Errors
    /// When the linker already defines the interface.
    pub fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
        bindings::neorun::kv::store::add_to_linker::<Host, LocalKv>(linker, |host| LocalKvRef {
            kv: host.kv.as_deref(),
        })
    }
}

/// Marker for [`HasData`]: what the local store's host functions see.
struct LocalKv;

impl HasData for LocalKv {
    type Data<'a> = LocalKvRef<'a>;
}

struct LocalKvRef<'a> {
    kv: Option<&'a InMemoryKv>,
}

impl LocalKvRef<'_> {
    fn kv(&self) -> wasmtime::Result<&InMemoryKv> {
        self.kv.ok_or_else(|| {
            wasmtime::format_err!("{INTERFACE} is linked locally but this store has no kv state")
        })
    }
}

impl bindings::neorun::kv::store::Host for LocalKvRef<'_> {
    fn noop(&mut self) {}

    fn get(&mut self, key: String) -> Option<Entry> {
        self.kv.and_then(|kv| kv.get(&key))
    }

    fn put(&mut self, e: Entry) -> Result<u64, KvError> {
        match self.kv() {
            Ok(kv) => kv.put(e),
            Err(_) => Err(KvError::InvalidKey("no store".into())),
        }
    }

    fn delete(&mut self, key: String) -> bool {
        self.kv.is_some_and(|kv| kv.delete(&key))
    }

    fn keys(&mut self, prefix: String) -> Vec<String> {
        self.kv.map(|kv| kv.keys(&prefix)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, len: usize) -> Entry {
        Entry { key: key.into(), value: vec![7; len], tags: vec!["t".into()], version: 1 }
    }

    #[test]
    fn put_returns_increasing_revisions_and_get_returns_the_entry() {
        let kv = InMemoryKv::new();
        assert_eq!(kv.put(entry("a", 3)), Ok(1));
        assert_eq!(kv.put(entry("b", 0)), Ok(2));
        assert_eq!(kv.get("a"), Some(entry("a", 3)));
        assert_eq!(kv.get("zz"), None);
    }

    #[test]
    fn put_refuses_empty_key_and_oversized_value_without_a_revision() {
        let kv = InMemoryKv::new();
        assert_eq!(kv.put(entry("", 1)), Err(KvError::InvalidKey("empty key".into())));
        assert_eq!(
            kv.put(entry("k", MAX_VALUE_LEN + 1)),
            Err(KvError::TooLarge(MAX_VALUE_LEN as u64))
        );
        assert_eq!(kv.put(entry("k", MAX_VALUE_LEN)), Ok(1));
    }

    #[test]
    fn keys_are_sorted_and_filtered_by_prefix() {
        let kv = InMemoryKv::new();
        for k in ["b/2", "a/1", "b/1", "c"] {
            kv.put(entry(k, 0)).unwrap();
        }
        assert_eq!(kv.keys("b/"), ["b/1", "b/2"]);
        assert_eq!(kv.keys(""), ["a/1", "b/1", "b/2", "c"]);
        assert!(kv.delete("c"));
        assert!(!kv.delete("c"));
        assert_eq!(kv.len(), 3);
    }
}
