"""SwitchTransact's Calls API: the client, its HTTP safety, answers, errors, budgets."""
