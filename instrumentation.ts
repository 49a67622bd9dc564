export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startReconciler } = await import("@/lib/tasks/reconciler");
  startReconciler();
}
