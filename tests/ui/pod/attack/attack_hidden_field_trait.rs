// The traits that word the field errors are sealed: implementing one by
// hand cannot let a non-`Pod` field through `derive(Pod)`.
struct NotPod(bool);

impl vouch::proof::FieldIsPod for NotPod {}

fn main() {}
