#[neorun_macros::remote("../../../../neorun-macros/tests/ui/impls/api.wit")]
mod ui {
    #[allow(dead_code)]
    struct Store;

    impl api::Handler for Store {
        async fn get(&self, _key: String) -> Option<api::Item> {
            None
        }
        async fn put(&self, _i: api::Item) -> Result<u64, String> {
            Ok(1)
        }
        async fn remove(&self, _key: String) -> bool {
            false
        }
    }
}

fn main() {}
