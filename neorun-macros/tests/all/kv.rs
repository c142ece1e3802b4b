//! The first real user: `neorun/wit/kv.wit`, world `client`.

#[neorun_macros::remote(path = "../neorun/wit/kv.wit", world = "client")]
mod kv {}

#[test]
fn kv_schema_names_the_interface() {
    assert_eq!(kv::store::NAME, "neorun:kv/store@0.1.0");
    assert_eq!(kv::store::schema().functions.len(), 5);
}
