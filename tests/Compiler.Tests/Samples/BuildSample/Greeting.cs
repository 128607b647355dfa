public static class Greeting
{
    public static string For(string name) => "built by " + name;
}
